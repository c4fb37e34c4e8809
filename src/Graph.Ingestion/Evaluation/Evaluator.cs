using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// Scores a predicted graph against gold annotations: precision, recall and F1 per category, per document and
/// micro-averaged over all documents. The matching rules are written down in tests/Graph.Ingestion.Tests/Gold/README.md.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Score(GoldSet gold, GraphSnapshot predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var index = new SnapshotIndex(predicted);
        // Two passes: the first pass's event matches let the second break ties by what other documents matched.
        var first = gold.Documents.Select(d => new DocumentScorer(d, index)).ToArray();
        var matchedKeys = first
            .SelectMany(s => s.EventMatches.Select(m => (s.Gold.File, PredictedId: m.Value, s.Gold.Events[m.Key].Key)))
            .ToArray();
        var scorers = gold.Documents.Select(d => new DocumentScorer(d, index, (predictedId, key) =>
            matchedKeys.Any(m => m.File != d.File && m.PredictedId == predictedId && m.Key == key))).ToArray();
        ScoreQuantities(scorers, index);
        var mergeMistakes = new List<string>();
        var merges = ScoreMerges(scorers, index, mergeMistakes);

        var documents = scorers.Select(s => new DocumentEvaluation(
            s.Gold.File,
            s.DocumentId is not null,
            Enum.GetValues<EvaluationCategory>().Where(c => c != EvaluationCategory.Merges)
                .ToDictionary(c => c, c => s.Scores.TryGetValue(c, out var v) ? v : CategoryScore.Zero),
            s.Mistakes)).ToArray();
        var totals = Enum.GetValues<EvaluationCategory>().ToDictionary(
            c => c,
            c => c == EvaluationCategory.Merges ? merges : documents.Aggregate(CategoryScore.Zero, (sum, d) => sum + d[c]));
        return new EvaluationReport(totals, documents, mergeMistakes);
    }

    /// <summary>
    /// Quantities of matched events. A predicted quantity that matches nothing in this document but matches a gold
    /// quantity of the same predicted event in another document is neutral here (that document scores it); one that
    /// matches nowhere is counted false positive once, in the first document that has the event.
    /// </summary>
    private static void ScoreQuantities(IReadOnlyList<DocumentScorer> scorers, SnapshotIndex index)
    {
        var countedFalse = new HashSet<(string EventId, int Index)>();
        foreach (var scorer in scorers)
        {
            var score = CategoryScore.Zero;
            var predictedOfGold = scorer.EventMatches;
            for (var g = 0; g < scorer.Gold.Events.Count; g++)
            {
                var goldEvent = scorer.Gold.Events[g];
                if (!predictedOfGold.TryGetValue(g, out var eventId))
                {
                    foreach (var q in goldEvent.Quantities)
                        scorer.Mistake($"quantities: missed {DocumentScorer.Describe(q)} in unmatched {DocumentScorer.Describe(goldEvent)}");
                    score += new CategoryScore(0, 0, goldEvent.Quantities.Count);
                    continue;
                }
                var predicted = index.Events[eventId];
                var pairs = GreedyMatcher.Match(goldEvent.Quantities.Count, predicted.Quantities.Count,
                    (i, j) => DocumentScorer.QuantityMatches(goldEvent.Quantities[i], predicted.Quantities[j], scorer.Entities) ? 1 : null);
                foreach (var i in DocumentScorer.Unpaired(goldEvent.Quantities.Count, pairs.Select(x => x.Gold)))
                    scorer.Mistake($"quantities: missed {DocumentScorer.Describe(goldEvent.Quantities[i])} in {DocumentScorer.Describe(goldEvent)}");
                score += new CategoryScore(pairs.Count, 0, goldEvent.Quantities.Count - pairs.Count);
                var matched = pairs.Select(x => x.Predicted).ToHashSet();
                score += Unexplained(scorer, scorers, predicted, matched, countedFalse);
            }
            var matchedEvents = predictedOfGold.Values.ToHashSet(StringComparer.Ordinal);
            foreach (var predicted in scorer.View.Events.Where(e => !matchedEvents.Contains(e.Id)))
                score += Unexplained(scorer, scorers, predicted, [], countedFalse);
            scorer.Add(EvaluationCategory.Quantities, score);
        }
    }

    private static CategoryScore Unexplained(
        DocumentScorer scorer, IReadOnlyList<DocumentScorer> scorers, Event predicted, HashSet<int> matchedHere, HashSet<(string, int)> countedFalse)
    {
        var falsePositives = 0;
        for (var j = 0; j < predicted.Quantities.Count; j++)
        {
            if (matchedHere.Contains(j)) continue;
            var quantity = predicted.Quantities[j];
            var explained = scorers.Any(other => other != scorer && other.EventMatches.Any(m =>
                m.Value == predicted.Id && other.Gold.Events[m.Key].Quantities.Any(q => DocumentScorer.QuantityMatches(q, quantity, other.Entities))));
            if (explained || !countedFalse.Add((predicted.Id, j))) continue;
            scorer.Mistake($"quantities: spurious {scorer.Describe(quantity)} in {DocumentScorer.Describe(predicted)}");
            falsePositives++;
        }
        return new CategoryScore(0, falsePositives, 0);
    }

    /// <summary>
    /// Cross-document merging, scored over pairs of reports in two documents. Gold pairs: two documents' events with
    /// the same key. Predicted pairs: two documents in which one predicted event has evidence. A predicted pair is
    /// right when, in both documents, that event was matched to gold events sharing a key.
    /// </summary>
    private static CategoryScore ScoreMerges(IReadOnlyList<DocumentScorer> scorers, SnapshotIndex index, List<string> mistakes)
    {
        var goldPairs = new HashSet<(string Key, string A, string B)>();
        for (var a = 0; a < scorers.Count; a++)
        {
            for (var b = a + 1; b < scorers.Count; b++)
            {
                var keysB = scorers[b].Gold.Events.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
                foreach (var e in scorers[a].Gold.Events.Where(e => keysB.Contains(e.Key)))
                    goldPairs.Add((e.Key, scorers[a].Gold.File, scorers[b].Gold.File));
            }
        }
        var truePositives = new HashSet<(string, string, string)>();
        var falsePositives = 0;
        foreach (var predicted in index.Snapshot.Events.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var reports = scorers.Where(s => s.View.Events.Any(e => e.Id == predicted.Id)).ToArray();
            for (var a = 0; a < reports.Length; a++)
            {
                for (var b = a + 1; b < reports.Length; b++)
                {
                    var keyA = KeyOf(reports[a], predicted.Id);
                    var keyB = KeyOf(reports[b], predicted.Id);
                    if (keyA is not null && keyA == keyB && truePositives.Add((keyA, reports[a].Gold.File, reports[b].Gold.File))) continue;
                    falsePositives++;
                    mistakes.Add($"merges: spurious {DocumentScorer.Describe(predicted)} joins {reports[a].Gold.File} [{keyA ?? "no gold event"}] and {reports[b].Gold.File} [{keyB ?? "no gold event"}]");
                }
            }
        }
        foreach (var pair in goldPairs.Where(p => !truePositives.Contains(p)).OrderBy(p => p))
            mistakes.Add($"merges: missed [{pair.Key}] reported by {pair.A} and {pair.B} is not one predicted event");
        return new CategoryScore(truePositives.Count, falsePositives, goldPairs.Count - truePositives.Count);
    }

    private static string? KeyOf(DocumentScorer scorer, string predictedId)
    {
        foreach (var (g, id) in scorer.EventMatches)
        {
            if (id == predictedId) return scorer.Gold.Events[g].Key;
        }
        return null;
    }
}
