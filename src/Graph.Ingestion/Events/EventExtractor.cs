using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// Reads the events of a document sentence by sentence: finds cues, assigns roles by the patterns around each cue,
/// attaches dates and quantities, applies role phrases ("through mediation by", "X-brokered"), and merges the
/// mentions of one event (<see cref="EventCoreference"/>). Only body sentences are mined; quoted speech is not.
/// </summary>
public static class EventExtractor
{
    public static void Run(DocumentContext doc)
    {
        var state = new EventCoreference(doc);
        SentenceFrame? frame = null;
        foreach (var s in doc.Text.Sentences)
        {
            if (!s.IsMinedForEvents) continue;
            // One frame serves every sentence in turn: nothing keeps a sentence's frame once the next one is read.
            frame = SentenceFrame.Build(doc, s.Index, doc.Lexicon, frame);
            var cues = CueFinder.Find(frame);
            var mentions = new List<EventMention>(cues.Count);
            AttachDates(frame, cues);
            RequestedActions(frame, cues);
            foreach (var cue in cues)
            {
                if (cue.Irrealis) continue;
                var m = new EventMention { Cue = cue, Sentence = s.Index, Type = ClashOrWar(cue, doc), Family = cue.Family, Time = cue.Date?.Resolved };
                cue.Mention = m;
                RoleAssigner.Assign(frame, cue, m, state);
                // Wars and clashes count with a time or a name, or with the parties named ("war between A and B");
                // plural nouns without a determiner speak of events in general.
                var undated = m.Time is null && cue.ProperName is null;
                if (cue.Entry!.Needs == CueNeed.Time && undated && !cue.Anaphoric && !HasStrongParty(m)) continue;
                if (cue.Generic && undated && cue.SupportVerb < 0) continue;
                mentions.Add(m);
            }
            FoldVerbIntoNoun(frame, mentions);
            SpeechAttribution.Apply(frame, mentions, state);
            QuantityAttacher.Attach(frame, mentions, state);
            RoleCueApplier.Apply(frame, mentions, state);
            state.AddSentence(frame, mentions);
        }
        state.Finish();
    }

    /// <summary>
    /// Dates go to the nearest cue that can take them: verbs take dates in their clause, nouns dates in their noun
    /// phrase (or the clause of a light verb after them). A date opening the sentence also dates verbs of later
    /// clauses that have none.
    /// </summary>
    private static void AttachDates(SentenceFrame f, List<Cue> cues)
    {
        var dates = f.Doc.Dates[f.Sentence];
        foreach (var d in dates)
        {
            if (d.Resolved is null || f.IsQuoted(d.TokenStart) || d.IsDateline) continue;
            // "since January": when something began, not when the event happened.
            if (d.TokenStart > f.Start && f.Tokens[d.TokenStart - 1].Lower == "since") continue;
            Cue? best = null;
            var bestDistance = int.MaxValue;
            foreach (var c in cues)
            {
                bool can;
                if (c.IsVerb) can = f.SameClause(c.Start, d.TokenStart) || (d.TokenStart >= c.ArgStart && d.TokenEnd <= c.ArgEnd);
                else can = (d.TokenStart >= c.ArgStart && d.TokenEnd <= c.ArgEnd) || (c.LightEnd > 0 && d.TokenStart >= c.End && d.TokenEnd <= c.LightEnd);
                if (!can) continue;
                var distance = d.TokenStart >= c.End ? d.TokenStart - c.End : c.Start - d.TokenEnd;
                // A speech verb takes only a date right next to it ("said on Monday", "insisted Monday").
                if (c.Type == EventType.Statement && distance > 2) distance += 10;
                if (distance < bestDistance) { bestDistance = distance; best = c; }
            }
            if (best is not null && (best.Date is null || Precise(d) && !Precise(best.Date))) best.Date = d;
            var opening = d.TokenStart <= f.Start + 2 && d.TokenEnd < f.End && f.Tokens[d.TokenEnd].Lower == ",";
            if (!opening) continue;
            foreach (var c in cues)
            {
                if (c.Date is null && !c.Background && !(c.Anaphoric && !c.IsVerb) && c.Type != EventType.Statement) c.Date = d;
            }
        }
    }

    /// <summary>"fighting" dated to a month or less is a clash; over years it is a war.</summary>
    private static EventType ClashOrWar(Cue cue, DocumentContext doc)
    {
        if (cue.Type != EventType.ArmedConflict || cue.Date?.Resolved is not { } time) return cue.Type;
        var word = doc.Tokens[cue.End - 1].Lower;
        return word == "fighting" && time.Precision is DatePrecision.Day or DatePrecision.PartOfMonth or DatePrecision.Month ? EventType.Clash : cue.Type;
    }

    private static bool HasStrongParty(EventMention m)
    {
        foreach (var r in m.Roles) if (r.Strong && r.Role != RelationType.Location && r.Evidence.Rule != "role.participant.armed-force") return true;
        return false;
    }

    /// <summary>"Azerbaijan is demanding that Armenia provide maps", "called on the CSTO to mediate": what is asked for has not happened.</summary>
    private static void RequestedActions(SentenceFrame f, List<Cue> cues)
    {
        foreach (var request in cues)
        {
            if (request.Type != EventType.Request || request.Irrealis) continue;
            foreach (var c in cues)
            {
                if (c != request && c.IsVerb && c.Start > request.End && c.Type != EventType.Statement) c.Irrealis = true;
            }
        }
    }

    private static bool Precise(DateMention d) => d.Resolved is { Precision: DatePrecision.Day };

    /// <summary>"…signed the Trilateral Agreement", "hosted … a rare trilateral meeting": a verb and the noun naming the same event are one mention.</summary>
    private static void FoldVerbIntoNoun(SentenceFrame f, List<EventMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var v = mentions[i];
            if (!v.Cue.IsVerb || v.Family == EventFamily.Statement) continue;
            for (var j = 0; j < mentions.Count; j++)
            {
                var n = mentions[j];
                if (i == j || n.Cue.IsVerb || n.Event is not null) continue;
                if (!f.SameClause(v.Cue.Start, n.Cue.Start)) continue;
                var compatible = n.Family == v.Family
                                 || (v.Type == EventType.Agreement && n.Family == EventFamily.Pact)
                                 || (v.Type == EventType.Negotiation && n.Family == EventFamily.Pact);
                if (!compatible) continue;
                // the noun takes the verb's roles, time and quantities; its type is the more specific one
                foreach (var r in v.Roles) n.Add(r.Role, r.Entity, r.Evidence, r.Strong);
                n.Time ??= v.Time;
                n.Quantities.AddRange(v.Quantities);
                if (v.Roles.Count > 0 || v.Time is not null) n.Cue.Anaphoric = n.Cue.Demonstrative;
                mentions.RemoveAt(i);
                i--;
                break;
            }
        }
    }
}
