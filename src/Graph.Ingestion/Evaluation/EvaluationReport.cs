using System.Globalization;
using System.Text;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// The outcome of <see cref="Evaluator.Score"/>: micro-averaged totals per category (true and false positives and
/// false negatives summed over documents before precision, recall and F1 are computed), the same per document, and
/// every mistake in words.
/// </summary>
public sealed class EvaluationReport(
    IReadOnlyDictionary<EvaluationCategory, CategoryScore> totals,
    IReadOnlyList<DocumentEvaluation> documents,
    IReadOnlyList<string> mergeMistakes)
{
    public IReadOnlyDictionary<EvaluationCategory, CategoryScore> Totals { get; } = totals;

    public IReadOnlyList<DocumentEvaluation> Documents { get; } = documents;

    /// <summary>Mistakes of cross-document merging (which belong to no single document).</summary>
    public IReadOnlyList<string> MergeMistakes { get; } = mergeMistakes;

    public CategoryScore this[EvaluationCategory category] => Totals.TryGetValue(category, out var s) ? s : CategoryScore.Zero;

    /// <summary>One line per category: "category  P  R  F1  tp fp fn".</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        AppendTable(sb, Totals);
        return sb.ToString();
    }

    /// <summary>The totals, then a table per document (merges are only scored over all documents).</summary>
    public string ToDocumentTables()
    {
        var sb = new StringBuilder();
        sb.AppendLine("all documents (micro-averaged)");
        AppendTable(sb, Totals);
        foreach (var document in Documents)
        {
            sb.AppendLine();
            sb.AppendLine(document.Found ? document.File : document.File + " (not found in the graph)");
            AppendTable(sb, document.Scores);
        }
        return sb.ToString();
    }

    /// <summary>Every mistake, grouped by document, at most <paramref name="perDocument"/> lines each.</summary>
    public string ToMistakes(int perDocument = int.MaxValue)
    {
        var sb = new StringBuilder();
        foreach (var document in Documents)
        {
            sb.AppendLine($"{document.File}: {document.Mistakes.Count} mistake(s)");
            foreach (var m in document.Mistakes.Take(perDocument)) sb.AppendLine("  " + m);
            if (document.Mistakes.Count > perDocument) sb.AppendLine($"  … and {document.Mistakes.Count - perDocument} more");
        }
        sb.AppendLine($"merges: {MergeMistakes.Count} mistake(s)");
        foreach (var m in MergeMistakes.Take(perDocument)) sb.AppendLine("  " + m);
        return sb.ToString();
    }

    private static void AppendTable(StringBuilder sb, IReadOnlyDictionary<EvaluationCategory, CategoryScore> scores)
    {
        var ci = CultureInfo.InvariantCulture;
        sb.AppendLine(string.Format(ci, "{0,-12} {1,6} {2,6} {3,6} {4,5} {5,5} {6,5}", "category", "P", "R", "F1", "tp", "fp", "fn"));
        foreach (var category in Enum.GetValues<EvaluationCategory>())
        {
            if (!scores.TryGetValue(category, out var s)) continue;
            sb.AppendLine(string.Format(ci, "{0,-12} {1,6:0.000} {2,6:0.000} {3,6:0.000} {4,5} {5,5} {6,5}",
                category.Label(), s.Precision, s.Recall, s.F1, s.TruePositives, s.FalsePositives, s.FalseNegatives));
        }
    }
}
