using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// Gives roles to the actors and places around one cue: the subject of a verb, the objects after it and the
/// preposition before each ("to Armenia" receives, "by Russia" brokers, "in Moscow" locates, "between A and B"
/// takes part), the nationality of the captives ("15 Armenian detainees" are received by Armenia).
/// </summary>
internal static class RoleAssigner
{
    private static readonly HashSet<string> CaptiveAdjectives = new(StringComparer.Ordinal) { "detained", "captured", "imprisoned", "held" };

    public static void Assign(SentenceFrame f, Cue cue, EventMention m, EventCoreference state)
    {
        var placeActs = m.Family == EventFamily.Statement;
        var subjects = cue.IsVerb ? Subjects(f, cue.Start, cue.ArgStart, state, out _, placeActs) : cue.SupportVerb >= 0 ? Subjects(f, cue.SupportVerb, f.ClauseStart(cue.SupportVerb), state, out _) : [];
        var lemma = cue.Lemma;
        var receives = lemma.StartsWith("receiv", StringComparison.Ordinal);
        var hosts = lemma.StartsWith("host", StringComparison.Ordinal);
        var signs = lemma.StartsWith("sign", StringComparison.Ordinal);

        // Subject roles.
        if (!cue.Passive)
        {
            RelationType? subjectRole = m.Family switch
            {
                EventFamily.Captives when cue.Type == EventType.PrisonerExchange => RelationType.Participant,
                EventFamily.Captives or EventFamily.Remains => RelationType.ReleasingSide,
                EventFamily.Maps or EventFamily.Territory or EventFamily.Goods => receives ? RelationType.ReceivingSide : RelationType.ReleasingSide,
                EventFamily.Pact => RelationType.Signatory,
                EventFamily.Meeting => hosts ? RelationType.Host : RelationType.Attendee,
                EventFamily.Negotiation or EventFamily.Deployment or EventFamily.Demining or EventFamily.Fight => RelationType.Participant,
                EventFamily.Founding => RelationType.Participant,
                EventFamily.Request or EventFamily.Statement => RelationType.Speaker,
                _ => null,
            };
            if (subjectRole is { } role)
            {
                foreach (var (entity, span) in subjects)
                {
                    if (m.Family == EventFamily.Founding && entity.Kind == NodeKind.Organization && cue.Entry!.Needs == CueNeed.Organization && !HasOrgAfter(f, cue))
                        m.Add(RelationType.Subject, entity, span with { Rule = "role.founded" });
                    else
                        m.Add(role, entity, span);
                }
            }
        }
        else
        {
            // Passive: the subject is what undergoes the event.
            foreach (var (entity, span) in subjects)
            {
                if (m.Family == EventFamily.Founding && entity.Kind == NodeKind.Organization) m.Add(RelationType.Subject, entity, span with { Rule = "role.founded" });
                else if (m.Family is EventFamily.Captives or EventFamily.Remains && entity.Kind == NodeKind.Person) m.Add(RelationType.Subject, entity, span with { Rule = "role.released-person" });
            }
        }

        // "In the war between … for Nagorno-Karabakh, Azerbaijan reclaimed …": the subject of the main clause took part.
        if (m.Family == EventFamily.Fight && !cue.IsVerb && cue.ArgStart - 1 >= f.Start && cue.ArgStart - 1 <= f.Start + 1
            && f.Tokens[cue.ArgStart - 1].Lower is "in" or "during" or "after")
        {
            var k = cue.ArgEnd;
            while (k < f.End && f.Tokens[k].Lower != ",") k++;
            var main = k + 1 < f.End ? f.MentionAt(k + 1) : null;
            if (main?.Entity is { Kind: NodeKind.State or NodeKind.Organization } side)
                m.Add(RelationType.Participant, side, new Span(f.Sentence, main.Start, main.End, "role.participant.main-clause", 0.6));
        }
        // Armed forces named in the sentence of a war take part in it.
        if (m.Family == EventFamily.Fight)
        {
            foreach (var mention in f.Mentions)
            {
                if (mention.Entity is { Kind: NodeKind.Organization, Subtype: "armed force" } forces && f.PrepOf(mention) is not ("by" or "of"))
                    m.Add(RelationType.Participant, forces, new Span(f.Sentence, mention.Start, mention.End, "role.participant.armed-force", 0.6));
            }
        }

        // Arguments in the window.
        foreach (var mention in f.Mentions)
        {
            if (mention.TokenEnd <= cue.ArgStart || mention.TokenStart >= cue.ArgEnd) continue;
            if (mention.TokenStart < cue.End && mention.TokenEnd > cue.Start) continue;
            if (f.PhraseFillers.Contains(mention)) continue;
            if (f.RelativeClauses.Contains(f.ClauseOf(mention.TokenStart)) && !f.RelativeClauses.Contains(f.ClauseOf(cue.Start))) continue;
            var prep = f.PrepOf(mention);
            var right = mention.TokenStart >= cue.End;
            var distance = right ? mention.TokenStart - cue.End : cue.Start - mention.TokenEnd;
            var isSubject = false;
            foreach (var (e, _) in subjects) if (mention.Entity == e) isSubject = true;
            if (isSubject && !cue.Passive) continue;
            foreach (var entity in Entities(mention))
            {
                var span = new Span(f.Sentence, mention.Start, mention.End, "role.argument", Math.Min(0.85, mention.Confidence));
                var role = RoleFor(f, cue, m, mention, entity, prep, right, distance, receives, hosts, signs, out var strong);
                if (role is { } r) m.Add(r, entity, span with { Rule = RuleNames.Role(r, prep) }, strong);
            }
        }
    }

    private static bool HasOrgAfter(SentenceFrame f, Cue cue)
    {
        foreach (var m in f.Mentions)
        {
            if (m.TokenStart >= cue.End && m.TokenEnd <= cue.ArgEnd && m.Entity is { Kind: NodeKind.Organization } && f.PrepOf(m) is null) return true;
        }
        return false;
    }

    private static RelationType? RoleFor(SentenceFrame f, Cue cue, EventMention m, Mention mention, DocEntity entity, string? prep, bool right, int distance,
        bool receives, bool hosts, bool signs, out bool strong)
    {
        strong = true;
        var kind = entity.Kind;
        var isPlace = kind == NodeKind.Place;
        var near = distance <= 12;
        // "the region" stands for the region of the report only where wars, deployments, demining and foundings take place.
        if (mention.Rule == "reference.the-region" && m.Family is not (EventFamily.Fight or EventFamily.Deployment or EventFamily.Demining or EventFamily.Founding)) return null;
        // "Azerbaijan's ally Turkey": the possessor modifies another actor.
        if (mention.TokenEnd + 1 < f.End && f.Tokens[mention.TokenEnd].Kind == TokenKind.Possessive && f.MentionAt(mention.TokenEnd + 2) is not null) return null;
        var locative = prep is "in" or "at" or "on" or "near" or "inside" or "outside";
        if (IsCaptiveNationality(f, mention) && m.Family is EventFamily.Captives or EventFamily.Remains)
        {
            strong = false;
            return cue.Type == EventType.PrisonerExchange ? RelationType.Participant : RelationType.ReceivingSide;
        }
        switch (m.Family)
        {
            case EventFamily.Captives:
            case EventFamily.Remains:
                if (!right && !cue.Passive) return null;
                if (prep == "to" && kind is NodeKind.State or NodeKind.Organization) return cue.Type == EventType.PrisonerExchange ? RelationType.Participant : RelationType.ReceivingSide;
                if (prep is "by" or "from" && kind is NodeKind.State or NodeKind.Organization) return cue.Type == EventType.PrisonerExchange ? RelationType.Participant : RelationType.ReleasingSide;
                if (prep is "between" or "with" && cue.Type == EventType.PrisonerExchange && kind != NodeKind.Place) return RelationType.Participant;
                if (prep is null && right && kind == NodeKind.Person) return RelationType.Subject;
                if (locative && near && isPlace) return RelationType.Location;
                return null;
            case EventFamily.Maps:
                if (!right) return null;
                if (prep == "to" && kind is NodeKind.State or NodeKind.Organization) return RelationType.ReceivingSide;
                if (prep == "from" && kind is NodeKind.State or NodeKind.Organization) return RelationType.ReleasingSide;
                if (prep is "at" or "on" && isPlace && near) return RelationType.Location;
                if (isPlace && prep is null or "in" or "of" or "for") return RelationType.Subject;
                return null;
            case EventFamily.Goods:
                if (!right) return null;
                if (prep is "to" or "for" && kind is NodeKind.State or NodeKind.Organization) return RelationType.ReceivingSide;
                if (prep is "from" && kind is NodeKind.State or NodeKind.Organization) return RelationType.ReleasingSide;
                if (prep is "in" or "of" && kind is NodeKind.State) return receives ? null : RelationType.ReceivingSide;
                return null;
            case EventFamily.Territory:
                if (!right) return null;
                if (prep == "to" && kind is NodeKind.State or NodeKind.Organization) return RelationType.ReceivingSide;
                if (prep == "from" && kind is NodeKind.State) return RelationType.ReleasingSide;
                if (isPlace && prep is null or "of") return RelationType.Subject;
                return null;
            case EventFamily.Pact:
                if (prep == "between" && kind != NodeKind.Place) return RelationType.Participant;
                if (prep == "with" && signs && kind != NodeKind.Place) return RelationType.Signatory;
                if (prep == "by" && signs && kind != NodeKind.Place) return RelationType.Signatory;
                if (!cue.IsVerb && !right && prep is null && kind is NodeKind.State && mention.Form is MentionForm.Demonym or MentionForm.Name && IsPossessiveOrHyphenChain(f, mention, cue)) return RelationType.Participant;
                if (locative && isPlace && near && right) return RelationType.Location;
                return null;
            case EventFamily.Meeting:
                if (prep is "in" or "at" && (isPlace || kind == NodeKind.State) && near) return RelationType.Location;
                if (prep is "with" or "between" or "from" && kind != NodeKind.Place) return RelationType.Attendee;
                if (prep is null && right && cue.IsVerb && kind != NodeKind.Place) return RelationType.Attendee;
                if (prep == "by" && hosts && kind != NodeKind.Place) return RelationType.Host;
                return null;
            case EventFamily.Negotiation:
                if (prep is "with" or "between" && kind != NodeKind.Place) return RelationType.Participant;
                if (prep is "in" or "at" && isPlace && near) return RelationType.Location;
                return null;
            case EventFamily.Deployment:
                if (prep is "to" or "in" or "into" or "onto" && (isPlace || kind == NodeKind.State) && right) return RelationType.Location;
                if (!cue.IsVerb && !right && prep is null && kind == NodeKind.State && IsPossessiveOrHyphenChain(f, mention, cue)) return RelationType.Participant;
                if (prep == "by" && kind != NodeKind.Place) return RelationType.Participant;
                return null;
            case EventFamily.Demining:
                if (prep is "in" or "across" or "throughout" && (isPlace || kind == NodeKind.State) && right && near) return RelationType.Location;
                if (prep == "by" && kind != NodeKind.Place) return RelationType.Participant;
                return null;
            case EventFamily.Fight:
                if (prep is "between" or "with" or "against" && kind is NodeKind.State or NodeKind.Organization) return RelationType.Participant;
                if (prep is "over" or "in" or "for" or "on" && isPlace && near) return RelationType.Location;
                if (!cue.IsVerb && !right && prep is null && kind == NodeKind.State && IsPossessiveOrHyphenChain(f, mention, cue)) return RelationType.Participant;
                return null;
            case EventFamily.Election:
                if (prep is "in" && (isPlace || kind == NodeKind.State)) return RelationType.Location;
                if (!right && prep is null && kind == NodeKind.State) return RelationType.Location;
                return null;
            case EventFamily.Founding:
                if (kind == NodeKind.Organization && (prep is null or "of") && (right || cue.Passive)) return RelationType.Subject;
                if (prep == "with" && kind is NodeKind.State or NodeKind.Organization) return RelationType.Participant;
                if (prep is "in" or "at" && isPlace && near) return RelationType.Location;
                if (prep == "by" && kind != NodeKind.Place) return RelationType.Participant;
                return null;
            case EventFamily.Request:
                if (mention.TokenEnd < f.End && f.Tokens[mention.TokenEnd].Is(TokenFlags.HyphenJoined)) return null;
                if (right && distance <= 4 && kind != NodeKind.Place && IsAddressee(f, cue, mention)) return RelationType.Subject;
                // "encouraged new peace agreements …, but both parties rejected such advice": the two sides were addressed.
                if (right && mention.Rule == "reference.two-sides") return RelationType.Subject;
                return null;
            case EventFamily.Statement:
                if (prep is "in" or "at" && isPlace && right && distance <= 3) return RelationType.Location;
                return null;
        }
        return null;
    }

    /// <summary>The first mention right after "called on" and those coordinated with it.</summary>
    private static bool IsAddressee(SentenceFrame f, Cue cue, Mention mention) =>
        f.ListAfter(cue.End).Contains(mention) || (cue.End < f.End && f.Tokens[cue.End].Lower == "that" && f.ListAfter(cue.End + 1).Contains(mention));

    /// <summary>"Armenia’s elections", "the Armenian-Azerbaijani war": the mention directly modifies the noun.</summary>
    private static bool IsPossessiveOrHyphenChain(SentenceFrame f, Mention mention, Cue cue)
    {
        var t = f.Tokens;
        if (mention.TokenEnd < f.End && t[mention.TokenEnd].Kind == TokenKind.Possessive) return true;
        if (mention.TokenEnd < f.End && t[mention.TokenEnd].Is(TokenFlags.HyphenJoined)) return true;
        return mention.TokenEnd == cue.Start || (mention.TokenEnd + 1 == cue.Start && t[mention.TokenEnd].IsLowerWord);
    }

    /// <summary>A nationality that qualifies captives: "15 Armenian military detainees", "the detained Armenians".</summary>
    internal static bool IsCaptiveNationality(SentenceFrame f, Mention mention)
    {
        if (mention.Entity is not { Kind: NodeKind.State }) return false;
        var t = f.Tokens;
        if (mention.Form == MentionForm.Demonym)
        {
            for (var k = mention.TokenEnd; k < f.End && k <= mention.TokenEnd + 3; k++)
            {
                foreach (var p in f.Phrases)
                {
                    if (p.TokenStart != k) continue;
                    foreach (var e in p.Entries)
                    {
                        if (e.Kind == PhraseKind.Argument && e.ArgumentClass is CueNeed.Captives or CueNeed.Remains && e.Text is not ("detained" or "captured")) return true;
                    }
                }
                if (t[k].Kind != TokenKind.Word || !t[k].IsLowerWord) break;
            }
            // "Azerbaijani and Armenian captives"
            if (mention.TokenEnd + 1 < f.End && t[mention.TokenEnd].Lower == "and")
            {
                var next = f.MentionAt(mention.TokenEnd + 1);
                if (next is not null && next.Form == MentionForm.Demonym) return IsCaptiveNationality(f, next);
            }
            return false;
        }
        if (mention.Form == MentionForm.People)
        {
            for (var k = mention.TokenStart - 1; k >= f.Start && k >= mention.TokenStart - 2; k--)
            {
                if (CaptiveAdjectives.Contains(t[k].Lower)) return true;
            }
        }
        return false;
    }

    /// <summary>The entities a mention stands for: its group's, else its entity (none when it has neither).</summary>
    public static MentionEntities Entities(Mention m) => new(m);

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>: the nearest actor to its left in the clause that no
    /// preposition governs (with those coordinated with it), or the person or state a pronoun points back to.
    /// </summary>
    public static List<(DocEntity Entity, Span Span)> Subjects(SentenceFrame f, int verb, int from, EventCoreference state, out Mention? subjectMention, bool placeActs = false)
    {
        var result = new List<(DocEntity, Span)>();
        subjectMention = null;
        var t = f.Tokens;
        var clause = f.ClauseOf(verb);
        for (var j = verb - 1; j >= Math.Max(f.Start, from); j--)
        {
            var c = f.ClauseOf(j);
            if (c != clause)
            {
                if (f.RelativeClauses.Contains(c)) continue;
                break;
            }
            if (f.IsQuoted(j)) continue;
            var lower = t[j].Lower;
            if (t[j].Kind == TokenKind.Word && lower is "he" or "she" or "it")
            {
                var resolved = state.ResolvePronoun(f, j, lower);
                if (resolved is not null) result.Add((resolved, new Span(f.Sentence, t[j].Start, t[j].End, "role.pronoun", 0.6)));
                return result;
            }
            if (t[j].Kind == TokenKind.Word && lower is "they")
            {
                foreach (var e in state.ResolvePlural(f.Sentence)) result.Add((e, new Span(f.Sentence, t[j].Start, t[j].End, "role.pronoun.plural", 0.5)));
                return result;
            }
            var m = f.MentionAt(j);
            if (m is null) continue;
            if (f.PrepOf(m) is not null || (m.TokenEnd < f.End && t[m.TokenEnd].Kind == TokenKind.Possessive) || PossessedByPronoun(f, m))
            {
                j = m.TokenStart;
                continue;
            }
            // A region can act as a speaker ("Nagorno-Karabakh proclaimed its independence"); otherwise places do not act.
            if (m.Entity is { Kind: NodeKind.Place } place && m.Form != MentionForm.Metonym && !(placeActs && place.Subtype is "region" && m.Form != MentionForm.Descriptor)) { j = m.TokenStart; continue; }
            subjectMention = m;
            AddMention(f, m, result, "role.subject");
            // Coordinated subjects: "Azerbaijan, Armenia, and Russia signed".
            var k = m.TokenStart;
            while (k - 1 >= f.Start)
            {
                var p = k - 1;
                if (t[p].Lower == "and") p--;
                if (p >= f.Start && t[p].Lower == ",") p--;
                if (p == k - 1 || p < f.Start) break;
                var prev = f.MentionAt(p);
                if (prev is null || prev.TokenEnd != p + 1 || f.PrepOf(prev) is not null) break;
                AddMention(f, prev, result, "role.subject");
                k = prev.TokenStart;
            }
            return result;
        }
        return result;
    }

    private static bool PossessedByPronoun(SentenceFrame f, Mention m)
    {
        var k = m.TokenStart - 1;
        return k >= f.Start && f.Tokens[k].Lower is "their" or "its" or "his" or "her" or "our";
    }

    private static void AddMention(SentenceFrame f, Mention m, List<(DocEntity, Span)> result, string rule)
    {
        foreach (var e in Entities(m)) result.Add((e, new Span(f.Sentence, m.Start, m.End, rule, Math.Min(0.85, m.Confidence))));
    }
}
