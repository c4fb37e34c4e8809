using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>How the scorer compares a gold time with a predicted one.</summary>
internal static class TimeCompatibility
{
    /// <summary>For the events category: a gold time needs a predicted time that overlaps it; no gold time accepts anything.</summary>
    public static bool Strict(TimeRange? gold, TimeRange? predicted) =>
        gold is null || (predicted is not null && gold.Overlaps(predicted));

    /// <summary>For roles, offices and merging: times only rule a match out when both are known and do not overlap.</summary>
    public static bool Lenient(TimeRange? gold, TimeRange? predicted) =>
        gold is null || predicted is null || gold.Overlaps(predicted);
}
