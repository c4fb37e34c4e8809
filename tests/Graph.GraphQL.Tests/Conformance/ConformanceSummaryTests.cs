using Xunit.Abstractions;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>
/// The whole corpus at once: checks the oracle's answers against the corpus itself, and prints passes, failures and
/// error-message mismatches per category (the per-document verdicts are GraphQLJsConformanceTests').
/// </summary>
public sealed class ConformanceSummaryTests(ITestOutputHelper output)
{
    [Fact]
    public void Oracle_reports_every_corpus_document_and_nothing_else()
    {
        var corpus = CorpusDocument.Names();
        var reported = OracleReport.Instance.Documents.Keys.Order(StringComparer.Ordinal).ToList();

        Assert.True(corpus.Count >= 320, $"the corpus must hold at least 320 documents, it holds {corpus.Count}");
        Assert.Equal(corpus, reported);
    }

    [Fact]
    public async Task Headers_agree_with_graphql_js_and_results_per_category_are_printed()
    {
        var oracle = OracleReport.Instance;
        var disagreements = oracle.Documents.Values
            .Where(d => d.Outcome != d.DeclaredOutcome)
            .Select(d => $"{d.Name}: header says {d.DeclaredOutcome}, graphql-js gave {d.Outcome}")
            .ToList();

        var rows = new SortedDictionary<string, (int Passed, int Failed, int MessageMismatches)>(StringComparer.Ordinal);
        foreach (var name in CorpusDocument.Names())
        {
            var expected = oracle.Documents[name];
            ComparisonResult comparison;
            try
            {
                var actual = await LibraryEngine.Instance.RunAsync(CorpusDocument.Load(name));
                comparison = ResponseComparison.Compare(expected.Expected, actual);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The per-document test reports the exception; here it only counts as a failure.
                comparison = new ComparisonResult([$"{exception.GetType().Name}: {exception.Message}"], []);
            }

            var row = rows.GetValueOrDefault(expected.Category);
            rows[expected.Category] = comparison.Failures.Count == 0
                ? (row.Passed + 1, row.Failed, row.MessageMismatches + (comparison.MessageMismatches.Count > 0 ? 1 : 0))
                : (row.Passed, row.Failed + 1, row.MessageMismatches + (comparison.MessageMismatches.Count > 0 ? 1 : 0));
        }

        output.WriteLine($"{"category",-48}{"passed",8}{"failed",8}{"messages differ",17}");
        foreach (var (category, row) in rows)
        {
            output.WriteLine($"{category,-48}{row.Passed,8}{row.Failed,8}{row.MessageMismatches,17}");
        }

        output.WriteLine(
            $"{"all",-48}{rows.Values.Sum(r => r.Passed),8}{rows.Values.Sum(r => r.Failed),8}{rows.Values.Sum(r => r.MessageMismatches),17}");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
