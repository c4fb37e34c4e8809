using Xunit.Abstractions;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>
/// Every corpus document of tests/conformance/graphql runs through graphql-js 16 (the oracle) and through our engine;
/// the outcomes must agree as README.md, "Comparison", describes. Error messages are only counted, never failed on.
/// </summary>
public sealed class GraphQLJsConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusDocument.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Document_gives_the_same_outcome_as_graphql_js(string name)
    {
        var oracle = OracleReport.Instance;
        Assert.True(oracle.Documents.TryGetValue(name, out var expected), $"the oracle reported nothing for {name}");
        var document = CorpusDocument.Load(name);

        var actual = await LibraryEngine.Instance.RunAsync(document);
        var comparison = ResponseComparison.Compare(expected.Expected, actual);

        output.WriteLine($"error message mismatches: {comparison.MessageMismatches.Count}");
        foreach (var mismatch in comparison.MessageMismatches)
        {
            output.WriteLine($"  {mismatch}");
        }

        Assert.True(
            comparison.Failures.Count == 0,
            $"{name} [{expected.Category}] differs from graphql-js {oracle.GraphQLVersion}:\n- " +
            string.Join("\n- ", comparison.Failures) +
            $"\n--- document ---\n{document.Query}" +
            (document.Variables is { } variables ? $"\n--- variables ---\n{variables.GetRawText()}" : "") +
            (document.OperationName is { } operation ? $"\n--- operationName ---\n{operation}" : ""));
    }
}
