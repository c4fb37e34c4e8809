using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// Statements: finds the speaker (subject, inverted "says Reuters", possessive "Baku’s statement"), gives each
/// statement its quotation, and turns attributions of a reported event into an announcer role instead of a
/// statement ("Avinyan announced the return of…", "…, said the Azerbaijani Foreign Ministry").
/// </summary>
internal static class SpeechAttribution
{
    private static readonly PhraseEntry AccordingTo = new() { Kind = PhraseKind.EventNoun, EventType = EventType.Statement, Text = "according to" };

    public static void Apply(SentenceFrame f, List<EventMention> mentions, EventCoreference state)
    {
        var t = f.Tokens;
        Sources(f, mentions);
        var hasQuote = false;
        foreach (var q in f.Quotes) if (q.End > q.Start) hasQuote = true;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Family != EventFamily.Statement) continue;
            var cue = m.Cue;
            var inverted = false;
            if (!HasSpeaker(m))
            {
                var before = cue.Start - 1;
                var invertible = cue.IsVerb && (before < f.Start || t[before].Lower == "," || t[before].Kind == TokenKind.Quote);
                if (invertible)
                {
                    var k = cue.End;
                    if (k < f.End && t[k].Lower == "the") k++;
                    var speaker = f.MentionAt(k);
                    if (speaker is not null && speaker.IsActor)
                    {
                        foreach (var e in RoleAssigner.Entities(speaker))
                            m.Add(RelationType.Speaker, e, new Span(f.Sentence, speaker.Start, speaker.End, "role.speaker.inverted", Math.Min(0.85, speaker.Confidence)));
                        inverted = true;
                    }
                }
                if (!cue.IsVerb) NounSpeaker(f, m);
            }
            if (!HasSpeaker(m))
            {
                mentions.RemoveAt(i--);
                continue;
            }
            // News media and think tanks cited for an account make no statement of their own; the figures are theirs.
            if (AllReporters(m))
            {
                foreach (var r in m.Roles) if (r.Role == RelationType.Speaker && !f.Sources.Contains(r.Entity)) f.Sources.Add(r.Entity);
                mentions.RemoveAt(i--);
                continue;
            }
            // "Baku’s statement expressed appreciation for the mediating role played by …": an announcement of that event.
            if (!cue.IsVerb || IsExpressVerbAfterStatementNoun(f, cue))
            {
                if (HasRolePhrase(f))
                {
                    foreach (var r in m.Roles) if (r.Role == RelationType.Speaker) f.PendingAnnouncers.Add((r.Entity, r.Evidence with { Rule = "role.announcer.statement" }));
                    mentions.RemoveAt(i--);
                    continue;
                }
            }

            // "X announced the return of …": the statement is the announcement of that event.
            var isAnnounce = IsAnnounceVerb(f, cue);
            EventMention? announced = null;
            foreach (var other in mentions)
            {
                if (other == m || other.Family == EventFamily.Statement) continue;
                if (isAnnounce && cue.Lemma is not ("said" or "says" or "say" or "stated") && other.Cue.Start >= cue.End && other.Cue.Start <= cue.End + 2) announced = other;
            }
            if (announced is not null)
            {
                foreach (var r in m.Roles) if (r.Role == RelationType.Speaker) announced.Add(RelationType.Announcer, r.Entity, r.Evidence with { Rule = "role.announcer.verb" });
                mentions.RemoveAt(i--);
                continue;
            }
            // "…, the Sudanese Ministry of Foreign Affairs said.": a closing attribution without a quotation is the source
            // of what the sentence reports.
            if (!inverted && !hasQuote && cue.IsVerb && IsClosingAttribution(f, cue))
            {
                EventMention? reported = null;
                foreach (var other in mentions)
                {
                    if (other != m && other.Family != EventFamily.Statement && other.Cue.Start < cue.Start) reported = other;
                }
                if (reported is not null)
                {
                    foreach (var r in m.Roles) if (r.Role == RelationType.Speaker && !reported.HasEntity(r.Entity)) reported.Add(RelationType.Announcer, r.Entity, r.Evidence with { Rule = "role.announcer.attribution" });
                    mentions.RemoveAt(i--);
                    continue;
                }
            }
            // ", says the Washington Post" after another statement: the source of that statement.
            if (inverted)
            {
                EventMention? reported = null;
                foreach (var other in mentions)
                {
                    if (other != m && other.Family == EventFamily.Statement && other.Cue.Start < cue.Start && HasSpeaker(other)) reported = other;
                }
                if (reported is not null)
                {
                    foreach (var r in m.Roles) if (r.Role == RelationType.Speaker && !reported.HasEntity(r.Entity)) reported.Add(RelationType.Announcer, r.Entity, r.Evidence with { Rule = "role.announcer.attribution" });
                    mentions.RemoveAt(i--);
                    continue;
                }
            }
            // ", said the Foreign Ministry" after a report without a quotation: the source of the reported event.
            if (inverted && !hasQuote)
            {
                EventMention? reported = null;
                foreach (var other in mentions)
                {
                    if (other == m || other.Family == EventFamily.Statement || other.Cue.Start > cue.Start) continue;
                    reported = other;
                }
                if (reported is not null)
                {
                    foreach (var r in m.Roles) if (r.Role == RelationType.Speaker && !reported.HasEntity(r.Entity)) reported.Add(RelationType.Announcer, r.Entity, r.Evidence with { Rule = "role.announcer.attribution" });
                    mentions.RemoveAt(i--);
                    continue;
                }
            }
            // Reported events after "said"/"reported": the speaker is their source.
            if (isAnnounce)
            {
                foreach (var other in mentions)
                {
                    if (other == m || other.Family == EventFamily.Statement || other.Cue.Start < cue.End || other.Cue.Background) continue;
                    foreach (var r in m.Roles)
                    {
                        if (r.Role == RelationType.Speaker && !other.HasEntity(r.Entity))
                            other.Add(RelationType.Announcer, r.Entity, r.Evidence with { Rule = "role.announcer.report" }, strong: false);
                    }
                }
            }
        }
        AssignQuotes(f, mentions);
    }

    /// <summary>
    /// "According to X" / "As stated by X": a reporter is only the source of the figures; an actor is the announcer
    /// of the events of the sentence, or, when the sentence reports none, the speaker of a statement.
    /// </summary>
    private static void Sources(SentenceFrame f, List<EventMention> mentions)
    {
        foreach (var p in f.Phrases)
        {
            var entry = p.First(PhraseKind.RoleBy);
            if (entry is null || entry.Role != RelationType.Announcer) continue;
            var listed = f.ListAfter(p.TokenEnd);
            if (listed.Count == 0) continue;
            var reporters = true;
            foreach (var l in listed) foreach (var e in RoleAssigner.Entities(l)) if (!SentenceFrame.IsReporter(e)) reporters = false;
            if (reporters)
            {
                foreach (var l in listed) foreach (var e in RoleAssigner.Entities(l)) if (!f.Sources.Contains(e)) f.Sources.Add(e);
                continue;
            }
            var reported = false;
            foreach (var m in mentions) if (m.Family != EventFamily.Statement && !m.Cue.Background) reported = true;
            if (reported) continue;
            var cue = new Cue { Start = p.TokenStart, End = p.TokenEnd, Match = p, Entry = AccordingTo, Type = EventType.Statement, Family = EventFamily.Statement };
            cue.ArgStart = p.TokenStart;
            cue.ArgEnd = f.ClauseEnd(Math.Min(p.TokenEnd, f.End - 1));
            var statement = new EventMention { Cue = cue, Sentence = f.Sentence, Type = EventType.Statement, Family = EventFamily.Statement };
            foreach (var l in listed)
            {
                foreach (var e in RoleAssigner.Entities(l))
                    statement.Add(RelationType.Speaker, e, new Span(f.Sentence, l.Start, l.End, "role.speaker.according-to", Math.Min(0.8, l.Confidence)));
            }
            mentions.Insert(0, statement);
        }
    }

    private static bool AllReporters(EventMention m)
    {
        var any = false;
        foreach (var r in m.Roles)
        {
            if (r.Role != RelationType.Speaker) continue;
            if (!SentenceFrame.IsReporter(r.Entity)) return false;
            any = true;
        }
        return any;
    }

    private static bool HasRolePhrase(SentenceFrame f)
    {
        foreach (var p in f.Phrases)
        {
            foreach (var e in p.Entries)
            {
                if (e.Kind is PhraseKind.RoleBy or PhraseKind.RoleAgent && e.Role is RelationType.Mediator or RelationType.Broker or RelationType.Guarantor) return true;
            }
        }
        return false;
    }

    /// <summary>"Baku’s statement expressed …": a speech verb whose subject is a statement noun.</summary>
    private static bool IsExpressVerbAfterStatementNoun(SentenceFrame f, Cue cue)
    {
        var k = cue.Start - 1;
        return k >= f.Start && f.Tokens[k].Lower is "statement" or "message" or "announcement" or "declaration";
    }

    /// <summary>The speech verb ends the sentence and its subject follows a comma: "…, the Ministry said."</summary>
    private static bool IsClosingAttribution(SentenceFrame f, Cue cue)
    {
        var t = f.Tokens;
        var k = cue.End;
        while (k < f.End && t[k].Kind == TokenKind.Punctuation) k++;
        if (k < f.End) return false;
        var subject = f.MentionAt(cue.Start - 1);
        if (subject is null) return false;
        var before = subject.TokenStart - 1;
        if (before >= f.Start && t[before].Lower == "the") before--;
        return before >= f.Start && t[before].Lower == ",";
    }

    private static bool HasSpeaker(EventMention m)
    {
        foreach (var r in m.Roles) if (r.Role == RelationType.Speaker) return true;
        return false;
    }

    /// <summary>"Baku’s statement", "a statement by the Ministry".</summary>
    private static void NounSpeaker(SentenceFrame f, EventMention m)
    {
        var t = f.Tokens;
        var cue = m.Cue;
        for (var k = cue.Start - 1; k >= cue.ArgStart; k--)
        {
            if (t[k].Kind != TokenKind.Possessive) continue;
            var owner = f.MentionAt(k - 1);
            if (owner is not null && owner.IsActor)
                foreach (var e in RoleAssigner.Entities(owner)) m.Add(RelationType.Speaker, e, new Span(f.Sentence, owner.Start, owner.End, "role.speaker.possessive", 0.7));
            return;
        }
        if (cue.End + 1 < f.End && t[cue.End].Lower == "by")
        {
            var k = cue.End + 1;
            if (t[k].Lower == "the") k++;
            var by = f.MentionAt(k);
            if (by is not null && by.IsActor)
                foreach (var e in RoleAssigner.Entities(by)) m.Add(RelationType.Speaker, e, new Span(f.Sentence, by.Start, by.End, "role.speaker.by", 0.7));
        }
    }

    private static bool IsAnnounceVerb(SentenceFrame f, Cue cue)
    {
        if (!cue.IsVerb) return false;
        foreach (var p in f.Phrases)
        {
            if (p.TokenStart == cue.Start && p.Has(PhraseKind.Announce)) return true;
        }
        // The cue phrase and an announce phrase are the same words.
        if (f.Doc.Lexicon.Phrases.TryExact(f.Tokens, cue.Start, cue.End, out var entries))
        {
            foreach (var e in entries!) if (e.Kind == PhraseKind.Announce) return true;
        }
        return false;
    }

    /// <summary>Each quotation goes to the statement nearest to it (after the verb first), one statement per quotation.</summary>
    private static void AssignQuotes(SentenceFrame f, List<EventMention> mentions)
    {
        foreach (var (qs, qe) in f.Quotes)
        {
            if (qe <= qs) continue;
            EventMention? best = null;
            var bestDistance = int.MaxValue;
            foreach (var m in mentions)
            {
                if (m.Family != EventFamily.Statement) continue;
                // A quotation belongs first to the verb before it ("argues “…”"), then to an attribution after it ("“…,” says X").
                var d = qs >= m.Cue.End ? qs - m.Cue.End : (m.Cue.Start - qe) + 12;
                if (d < bestDistance) { bestDistance = d; best = m; }
            }
            if (best is null) continue;
            var text = f.Doc.Text.Slice(f.Tokens[qs].Start, f.Tokens[qe - 1].End).Trim();
            if (text.Length > 0) best.Quotes.Add(text);
        }
    }
}
