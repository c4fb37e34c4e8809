using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// Role phrases: "through mediation by X", "the mediating role played by A, B and C", "with the participation of
/// Georgian representatives", "brokered by X" (actors after the phrase); "X brokered", "Moscow became a key
/// guarantor", "Georgia … to serve as a mediator" (the subject before it); "Russian-brokered", "U.S.-Georgian-European
/// mediation" (joined by hyphens). The role goes to the nearest event of the sentence, or to the event in focus when
/// the sentence names none. A third party (mediator, broker, host) is never one of the two sides.
/// </summary>
internal static class RoleCueApplier
{
    /// <summary>Where a role goes: a mention of this sentence (before it is merged) or an event of the document.</summary>
    private readonly record struct Target(EventMention? Mention, DocEvent? Event)
    {
        public bool IsNone => Mention is null && Event is null;

        public bool Has(RelationType role, DocEntity e)
        {
            if (Mention is null) return Event!.Has(role, e);
            foreach (var r in Mention.Roles) if (r.Role == role && r.Entity == e) return true;
            return false;
        }

        public void Add(RelationType role, DocEntity e, Span span)
        {
            if (Mention is not null) Mention.Add(role, e, span);
            else Event!.AddRole(role, e, span);
        }

        public List<QuantityMention> Quantities => Mention?.Quantities ?? Event!.Quantities;
    }

    public static void Apply(SentenceFrame f, List<EventMention> mentions, EventCoreference state)
    {
        var t = f.Tokens;
        foreach (var p in f.Phrases)
        {
            foreach (var entry in p.Entries)
            {
                switch (entry.Kind)
                {
                    case PhraseKind.RoleBy:
                    {
                        var fillers = ReadList(f, p.TokenEnd);
                        if (entry.Role == RelationType.Announcer) fillers.RemoveAll(x => SentenceFrame.IsReporter(x.Item1));
                        if (fillers.Count == 0) break;
                        var target = Nearest(f, mentions, p.TokenStart, p.TokenEnd, entry.Role);
                        if (target.IsNone) target = Orphan(f, state, entry.Role, mentions);
                        AddAll(f, target, entry.Role, fillers, RuleNames.Role(entry.Role, "phrase"));
                        if (!target.IsNone && entry.Role == RelationType.Announcer && fillers.Count == 1)
                        {
                            // "According to ANAMA, … mines have been found": the figures are the announcer's.
                            foreach (var q in f.Doc.Quantities[f.Sentence]) if (target.Quantities.Contains(q)) q.ClaimedBy ??= fillers[0].Item1;
                        }
                        if (!target.IsNone && entry.Role is RelationType.Mediator or RelationType.Broker) AddAll(f, target, RelationType.Announcer, f.PendingAnnouncers, "role.announcer.statement");
                        break;
                    }
                    case PhraseKind.RoleAgent:
                    {
                        if (IsUnreal(f, p.TokenStart)) break;
                        var fillers = new List<(DocEntity, Span)>();
                        var pronoun = PossessivePronounBefore(f, p.TokenStart);
                        if (pronoun >= 0)
                        {
                            var owner = PreviousActor(f, pronoun);
                            if (owner is not null) foreach (var e in RoleAssigner.Entities(owner)) fillers.Add((e, new Span(f.Sentence, owner.Start, owner.End, "role.agent.possessive", 0.6)));
                        }
                        if (fillers.Count == 0) fillers = RoleAssigner.Subjects(f, p.TokenStart, f.ClauseStart(p.TokenStart), state, out _);
                        if (fillers.Count == 0) break;
                        var background = entry.Role is not (RelationType.Mediator or RelationType.Announcer);
                        var target = After(f, mentions, p.TokenEnd, 12, background);
                        if (target.IsNone) target = Nearest(f, mentions, p.TokenStart, p.TokenEnd, entry.Role, background);
                        if (target.IsNone) target = Orphan(f, state, entry.Role, mentions);
                        AddAll(f, target, entry.Role, fillers, RuleNames.Role(entry.Role, "agent"));
                        break;
                    }
                    case PhraseKind.RoleHyphen:
                    case PhraseKind.RoleBefore:
                    {
                        if (entry.Kind == PhraseKind.RoleHyphen && !t[p.TokenStart].Is(TokenFlags.HyphenJoined)) break;
                        var fillers = HyphenChain(f, p.TokenStart, out var possessive);
                        if (fillers.Count == 0) break;
                        // "Russia's mediation efforts" names a role only for an event right after it.
                        var target = After(f, mentions, p.TokenEnd, 3, true);
                        if (target.IsNone && !possessive)
                        {
                            target = NearestInClause(f, mentions, p.TokenStart);
                            if (target.IsNone) target = Orphan(f, state, entry.Role, mentions);
                        }
                        AddAll(f, target, entry.Role, fillers, RuleNames.Role(entry.Role, "hyphen"));
                        break;
                    }
                }
            }
        }
    }

    private static bool IsUnreal(SentenceFrame f, int token)
    {
        foreach (var p in f.Phrases)
        {
            if (p.TokenEnd <= token && p.TokenStart >= token - 3 && (p.Has(PhraseKind.Irrealis) || p.Has(PhraseKind.Negation))) return true;
        }
        return false;
    }

    private static void AddAll(SentenceFrame f, Target target, RelationType role, List<(DocEntity Entity, Span Span)> fillers, string rule)
    {
        if (target.IsNone) return;
        foreach (var (entity, span) in fillers)
        {
            if (role is RelationType.Mediator or RelationType.Broker or RelationType.Host or RelationType.Guarantor
                && (target.Has(RelationType.ReleasingSide, entity) || target.Has(RelationType.ReceivingSide, entity)))
                continue;
            if (entity.Kind == NodeKind.Place && role != RelationType.Location) continue;
            target.Add(role, entity, span with { Rule = rule });
        }
    }

    private static List<(DocEntity, Span)> ReadList(SentenceFrame f, int k)
    {
        var result = new List<(DocEntity, Span)>();
        foreach (var m in f.ListAfter(k))
        {
            foreach (var e in RoleAssigner.Entities(m)) result.Add((e, new Span(f.Sentence, m.Start, m.End, "role.list", Math.Min(0.85, m.Confidence))));
        }
        return result;
    }

    /// <summary>"Russian-brokered", "U.S.-Georgian-European mediation", "Russia's mediation".</summary>
    private static List<(DocEntity, Span)> HyphenChain(SentenceFrame f, int k, out bool possessive)
    {
        var t = f.Tokens;
        var result = new List<(DocEntity, Span)>();
        var j = k;
        possessive = false;
        if (j - 1 >= f.Start && t[j - 1].Kind == TokenKind.Possessive)
        {
            possessive = true;
            var owner = f.MentionAt(j - 2);
            if (owner is not null && owner.IsActor) foreach (var e in RoleAssigner.Entities(owner)) result.Add((e, new Span(f.Sentence, owner.Start, owner.End, "role.possessive", 0.7)));
            return result;
        }
        // "owing to Russian intervention": a demonym right before the noun.
        if (!t[j].Is(TokenFlags.HyphenJoined) && j - 1 >= f.Start)
        {
            Mention? before = null;
            foreach (var x in f.Doc.Mentions[f.Sentence])
            {
                if (x.TokenEnd == j && x.Form == MentionForm.Demonym && x.Entity is { Kind: NodeKind.State }) { before = x; break; }
            }
            if (before is not null) result.Add((before.Entity!, new Span(f.Sentence, before.Start, before.End, "role.demonym", 0.7)));
            return result;
        }
        while (j - 1 >= f.Start && t[j].Is(TokenFlags.HyphenJoined))
        {
            Mention? m = null;
            foreach (var x in f.Doc.Mentions[f.Sentence])
            {
                if (x.TokenEnd == j && x.Entity is { Kind: NodeKind.State or NodeKind.Organization }) { m = x; break; }
            }
            if (m is null) break;
            result.Add((m.Entity!, new Span(f.Sentence, m.Start, m.End, "role.hyphen", Math.Min(0.85, m.Confidence))));
            j = m.TokenStart;
        }
        return result;
    }

    private static int PossessivePronounBefore(SentenceFrame f, int k)
    {
        for (var j = k - 1; j >= f.Start && j >= k - 3; j--)
        {
            if (f.Tokens[j].Lower is "its" or "their") return j;
        }
        return -1;
    }

    private static Mention? PreviousActor(SentenceFrame f, int k)
    {
        Mention? found = null;
        foreach (var m in f.Mentions)
        {
            if (m.TokenEnd > k) break;
            if (m.IsActor) found = m;
        }
        return found;
    }

    private static Target After(SentenceFrame f, List<EventMention> mentions, int k, int within = 12, bool background = true)
    {
        foreach (var m in mentions)
        {
            if (m.Family == EventFamily.Statement || (!background && m.Cue.Background)) continue;
            if (m.Cue.Start >= k && m.Cue.Start - k <= within && f.SameClause(k - 1, m.Cue.Start)) return new Target(m, null);
        }
        return default;
    }

    private static Target Nearest(SentenceFrame f, List<EventMention> mentions, int start, int end, RelationType role, bool background = false)
    {
        EventMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in mentions)
        {
            if (m.Cue.Background && !background) continue;
            if (m.Family == EventFamily.Statement) continue;
            if (m.Family == EventFamily.Request) continue;
            var d = m.Cue.Start >= end ? m.Cue.Start - end : start - m.Cue.End;
            if (!f.SameClause(start, m.Cue.Start)) d += 10;
            if (d < bestDistance) { bestDistance = d; best = m; }
        }
        return new Target(best, null);
    }

    private static Target NearestInClause(SentenceFrame f, List<EventMention> mentions, int k)
    {
        EventMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in mentions)
        {
            if (m.Cue.Background || m.Family is EventFamily.Statement or EventFamily.Request || !f.SameClause(k, m.Cue.Start)) continue;
            var d = Math.Abs(m.Cue.Start - k);
            if (d < bestDistance) { bestDistance = d; best = m; }
        }
        return new Target(best, null);
    }

    /// <summary>A role phrase in a sentence that names no other event refers to the event in focus (not for announcers).</summary>
    private static Target Orphan(SentenceFrame f, EventCoreference state, RelationType role, List<EventMention> mentions)
    {
        if (role is RelationType.Announcer or RelationType.Location) return default;
        foreach (var m in mentions) if (m.Family is not (EventFamily.Statement or EventFamily.Request)) return default;
        return new Target(null, state.Focus(f.Sentence));
    }
}
