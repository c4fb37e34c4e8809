namespace Graph.Ingestion.Evaluation;

/// <summary>
/// One-to-one matching of gold items to predicted items: every allowed pair gets a score, and pairs are taken best
/// score first (ties by gold index, then predicted index, so results never depend on hash order) while both sides
/// are still free.
/// </summary>
internal static class GreedyMatcher
{
    /// <param name="score">The score of a pair, or null when the pair may not match.</param>
    public static IReadOnlyList<(int Gold, int Predicted)> Match(int goldCount, int predictedCount, Func<int, int, double?> score)
    {
        var candidates = new List<(double Score, int Gold, int Predicted)>();
        for (var g = 0; g < goldCount; g++)
        {
            for (var p = 0; p < predictedCount; p++)
            {
                if (score(g, p) is { } s) candidates.Add((s, g, p));
            }
        }
        candidates.Sort((a, b) =>
        {
            var c = b.Score.CompareTo(a.Score);
            if (c != 0) return c;
            c = a.Gold.CompareTo(b.Gold);
            return c != 0 ? c : a.Predicted.CompareTo(b.Predicted);
        });
        var goldTaken = new bool[goldCount];
        var predictedTaken = new bool[predictedCount];
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (goldTaken[g] || predictedTaken[p]) continue;
            goldTaken[g] = predictedTaken[p] = true;
            pairs.Add((g, p));
        }
        return pairs;
    }
}
