namespace Graph.GraphQL.Tests.Conformance;

/// <summary>The outcome of comparing our engine's response with graphql-js's for one document.</summary>
/// <param name="Failures">Differences that fail the document: phase, data, error locations and paths.</param>
/// <param name="MessageMismatches">Error messages that differ; a soft metric, reported but never failing.</param>
internal sealed record ComparisonResult(IReadOnlyList<string> Failures, IReadOnlyList<string> MessageMismatches);

/// <summary>The comparison rules of the conformance harness (tests/conformance/graphql/README.md, "Comparison").</summary>
internal static class ResponseComparison
{
    public static ComparisonResult Compare(ResponseShape expected, ResponseShape actual)
    {
        var failures = new List<string>();
        if (expected.Stage != actual.Stage)
        {
            failures.Add($"graphql-js stops at {expected.Stage}, our engine at {actual.Stage}: {Describe(actual.Errors)}");
        }

        if (!expected.HasData)
        {
            CompareRejection(expected, actual, failures);
        }
        else
        {
            CompareExecution(expected, actual, failures);
        }

        return new ComparisonResult(failures, MessageMismatches(expected.Errors, actual.Errors));
    }

    /// <summary>graphql-js answered without data: ours must too, with errors at the same set of locations.</summary>
    private static void CompareRejection(ResponseShape expected, ResponseShape actual, List<string> failures)
    {
        if (actual.HasData)
        {
            failures.Add($"graphql-js rejects the request ({expected.Phase}) but our engine answered data: {OrderedJson.Show(actual.Data!.Value)}");
            return;
        }

        if (actual.Errors.Count == 0)
        {
            failures.Add("our engine answered neither data nor errors");
            return;
        }

        var expectedLocations = expected.Errors.SelectMany(e => e.Locations).ToHashSet();
        var actualLocations = actual.Errors.SelectMany(e => e.Locations).ToHashSet();
        if (!expectedLocations.SetEquals(actualLocations))
        {
            failures.Add(
                $"error locations differ: missing [{string.Join(", ", expectedLocations.Except(actualLocations))}], " +
                $"extra [{string.Join(", ", actualLocations.Except(expectedLocations))}]; " +
                $"graphql-js: {Describe(expected.Errors)}; ours: {Describe(actual.Errors)}");
        }
    }

    /// <summary>graphql-js executed: ours must answer the same data, in the same order, with the same errors.</summary>
    private static void CompareExecution(ResponseShape expected, ResponseShape actual, List<string> failures)
    {
        if (!actual.HasData)
        {
            failures.Add($"graphql-js executed the request but our engine answered no data: {Describe(actual.Errors)}");
            return;
        }

        var difference = OrderedJson.FirstDifference(expected.Data!.Value, actual.Data!.Value);
        if (difference is not null)
        {
            failures.Add($"data differs: {difference}");
        }

        var missing = MultisetExcept(expected.Errors.Select(e => e.Key), actual.Errors.Select(e => e.Key));
        var extra = MultisetExcept(actual.Errors.Select(e => e.Key), expected.Errors.Select(e => e.Key));
        if (missing.Count > 0 || extra.Count > 0)
        {
            failures.Add(
                $"errors differ (path and locations): missing [{string.Join("; ", missing)}], extra [{string.Join("; ", extra)}]; " +
                $"graphql-js: {Describe(expected.Errors)}; ours: {Describe(actual.Errors)}");
        }
    }

    private static List<string> MessageMismatches(IReadOnlyList<ResponseError> expected, IReadOnlyList<ResponseError> actual)
    {
        var mismatches = new List<string>();
        mismatches.AddRange(MultisetExcept(expected.Select(e => e.Message), actual.Select(e => e.Message)).Select(m => $"graphql-js only: {m}"));
        mismatches.AddRange(MultisetExcept(actual.Select(e => e.Message), expected.Select(e => e.Message)).Select(m => $"ours only: {m}"));
        return mismatches;
    }

    private static List<string> MultisetExcept(IEnumerable<string> items, IEnumerable<string> remove)
    {
        var counts = remove.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var left = new List<string>();
        foreach (var item in items)
        {
            if (counts.TryGetValue(item, out var n) && n > 0)
            {
                counts[item] = n - 1;
            }
            else
            {
                left.Add(item);
            }
        }

        return left;
    }

    private static string Describe(IReadOnlyList<ResponseError> errors) =>
        errors.Count == 0
            ? "no errors"
            : string.Join(" | ", errors.Select(e => $"\"{e.Message}\" {e.Key}"));
}
