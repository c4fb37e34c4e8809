using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// Attaches each quantity to the event it counts for: captives to releases and exchanges, mines to handovers and
/// demining, troops to deployments, casualties to wars and clashes; otherwise to the statement that claims it
/// ("Armenia claims that about 200 …" is Armenia's claim).
/// </summary>
internal static class QuantityAttacher
{
    private static readonly HashSet<string> CasualtyWords = new(StringComparer.Ordinal)
    {
        "killed", "died", "dead", "deaths", "casualties", "injured", "wounded", "killing", "death", "lives", "fatalities", "refugees", "displaced",
    };

    private enum QuantityClass { Captives, Remains, Mines, Forces, Casualties, Money, Other }

    public static void Attach(SentenceFrame f, List<EventMention> mentions, EventCoreference state)
    {
        foreach (var q in f.Doc.Quantities[f.Sentence])
        {
            if (q.Attached || f.IsQuoted(q.TokenStart)) continue;
            var cls = Classify(f, q);
            EventMention? best = null;
            var bestDistance = int.MaxValue;
            foreach (var m in mentions)
            {
                if (m.Family == EventFamily.Statement || m.Family == EventFamily.Request) continue;
                if (!Accepts(m.Family, cls)) continue;
                var c = m.Cue;
                var inside = (q.TokenStart >= c.ArgStart && q.TokenStart < c.ArgEnd) || (c.IsVerb && f.SameClause(q.TokenStart, c.Start)) || (c.LightEnd > 0 && q.TokenStart >= c.End && q.TokenStart < c.LightEnd);
                if (!inside) continue;
                var d = q.TokenStart >= c.End ? q.TokenStart - c.End : c.Start - q.TokenEnd;
                if (d < bestDistance) { bestDistance = d; best = m; }
            }
            var claimant = Claimant(f, mentions, q) ?? (f.Sources.Count == 1 ? f.Sources[0] : null);
            if (best is not null)
            {
                q.ClaimedBy = claimant;
                best.Quantities.Add(q);
                q.Attached = true;
                continue;
            }
            if (cls == QuantityClass.Casualties)
            {
                // A war named in this sentence first ("a war in the 1990s which left around 30,000 dead").
                EventMention? here = null;
                foreach (var m in mentions) if (m.Family == EventFamily.Fight && m.Cue.Start < q.TokenStart) here = m;
                if (here is not null)
                {
                    q.ClaimedBy = claimant;
                    here.Quantities.Add(q);
                    q.Attached = true;
                    continue;
                }
                var fight = state.RecentEvent(EventFamily.Fight, f.Sentence, 2);
                if (fight is not null)
                {
                    q.ClaimedBy = claimant;
                    fight.Quantities.Add(q);
                    q.Attached = true;
                    continue;
                }
            }
            // A claim: the statement whose clause holds the number.
            foreach (var m in mentions)
            {
                if (m.Family != EventFamily.Statement || q.TokenStart < m.Cue.Start) continue;
                if (!(f.SameClause(m.Cue.Start, q.TokenStart) || f.ClauseOf(q.TokenStart) == f.ClauseOf(Math.Min(m.Cue.End, f.End - 1)))) continue;
                q.ClaimedBy = SpeakerOf(m);
                m.Quantities.Add(q);
                q.Attached = true;
                break;
            }
        }
    }

    private static DocEntity? Claimant(SentenceFrame f, List<EventMention> mentions, QuantityMention q)
    {
        foreach (var m in mentions)
        {
            if (m.Family != EventFamily.Statement || q.TokenStart < m.Cue.End) continue;
            if (f.SameClause(m.Cue.Start, q.TokenStart) || f.ClauseOf(q.TokenStart) == f.ClauseOf(Math.Min(m.Cue.End, f.End - 1))) return SpeakerOf(m);
        }
        return null;
    }

    private static DocEntity? SpeakerOf(EventMention m)
    {
        DocEntity? speaker = null;
        foreach (var r in m.Roles)
        {
            if (r.Role != RelationType.Speaker) continue;
            if (speaker is not null) return null;
            speaker = r.Entity;
        }
        return speaker;
    }

    private static bool Accepts(EventFamily family, QuantityClass cls) => cls switch
    {
        QuantityClass.Captives => family is EventFamily.Captives or EventFamily.Remains,
        QuantityClass.Remains => family is EventFamily.Remains,
        QuantityClass.Mines => family is EventFamily.Maps or EventFamily.Demining or EventFamily.Captives,
        QuantityClass.Forces => family is EventFamily.Deployment,
        QuantityClass.Casualties => family is EventFamily.Fight,
        QuantityClass.Money => family is not (EventFamily.Statement or EventFamily.Fight),
        QuantityClass.Other when family == EventFamily.Goods => true,
        _ => family is not (EventFamily.Statement or EventFamily.Fight or EventFamily.Pact or EventFamily.Meeting or EventFamily.Election),
    };

    private static QuantityClass Classify(SentenceFrame f, QuantityMention q)
    {
        if (q.Counted.StartsWith("US dollars", StringComparison.Ordinal) || q.Counted.StartsWith("euros", StringComparison.Ordinal) || q.Counted.StartsWith("pounds", StringComparison.Ordinal))
            return QuantityClass.Money;
        var t = f.Tokens;
        for (var k = q.CountedStart; k < q.CountedEnd; k++)
        {
            if (CasualtyWords.Contains(t[k].Lower)) return QuantityClass.Casualties;
        }
        // The head noun comes last: "anti-personnel land mines" counts mines, "soldiers and civilians" captives.
        QuantityClass? found = null;
        var foundAt = -1;
        foreach (var p in f.Phrases)
        {
            if (p.TokenStart < q.CountedStart || p.TokenStart >= q.CountedEnd || p.TokenStart < foundAt) continue;
            foreach (var e in p.Entries)
            {
                if (e.Kind != PhraseKind.Argument) continue;
                found = e.ArgumentClass switch
                {
                    CueNeed.Remains => QuantityClass.Remains,
                    CueNeed.Captives => QuantityClass.Captives,
                    CueNeed.Maps or CueNeed.Mines => QuantityClass.Mines,
                    CueNeed.Forces => QuantityClass.Forces,
                    _ => QuantityClass.Other,
                };
                foundAt = p.TokenStart;
                break;
            }
        }
        var counted = q.Counted;
        if (found is null && (counted.Contains("mine", StringComparison.OrdinalIgnoreCase) || counted.Contains("missile", StringComparison.OrdinalIgnoreCase) || counted.Contains("rocket", StringComparison.OrdinalIgnoreCase) || counted.Contains("ordnance", StringComparison.OrdinalIgnoreCase)))
            found = QuantityClass.Mines;
        // "people … were killed", "left around 30,000 dead"
        var clause = f.ClauseOf(q.TokenStart);
        for (var k = f.Start; k < f.End; k++)
        {
            if (f.ClauseOf(k) == clause && CasualtyWords.Contains(t[k].Lower) && (found is null || found == QuantityClass.Captives || found == QuantityClass.Forces)
                && Math.Min(Math.Abs(k - q.TokenEnd), Math.Abs(k - q.TokenStart)) <= 4)
                return QuantityClass.Casualties;
        }
        return found ?? QuantityClass.Other;
    }
}
