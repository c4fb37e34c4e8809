namespace Graph.Ingestion.Evaluation;

/// <summary>
/// The scores of one gold document. <see cref="Found"/> is false when the prediction holds no document for the file
/// (everything in the gold then counts as missed). <see cref="Mistakes"/> lists every false negative ("missed") and
/// false positive ("spurious") in words, for whoever tunes the pipeline.
/// </summary>
public sealed record DocumentEvaluation(
    string File,
    bool Found,
    IReadOnlyDictionary<EvaluationCategory, CategoryScore> Scores,
    IReadOnlyList<string> Mistakes)
{
    public CategoryScore this[EvaluationCategory category] => Scores.TryGetValue(category, out var s) ? s : CategoryScore.Zero;
}
