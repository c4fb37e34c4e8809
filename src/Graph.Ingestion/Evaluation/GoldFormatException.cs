namespace Graph.Ingestion.Evaluation;

/// <summary>A gold annotation file is malformed; every problem found is listed as "file: path: message".</summary>
public sealed class GoldFormatException(IReadOnlyList<string> problems)
    : Exception("Invalid gold annotations: " + string.Join("; ", problems.Take(8)) + (problems.Count > 8 ? $" (and {problems.Count - 8} more)" : ""))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
