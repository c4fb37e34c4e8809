namespace Graph.Ingestion.Evaluation;

/// <summary>
/// True positives, false positives and false negatives of one category, with precision, recall and F1. With nothing
/// predicted precision is 1; with nothing to find recall is 1; F1 is 0 when both precision and recall are 0.
/// </summary>
public sealed record CategoryScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static readonly CategoryScore Zero = new(0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public static CategoryScore operator +(CategoryScore a, CategoryScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
