using System.Text.Json;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>
/// What graphql-js 16 answered for every corpus document: the output of
/// <c>node tests/conformance/graphql/oracle.mjs --out file</c>, run once per test run.
/// </summary>
internal sealed class OracleReport
{
    private static readonly Lazy<OracleReport> Shared = new(Run);

    private OracleReport(
        string graphQLVersion,
        IReadOnlyList<string> echoFields,
        bool introspectionSelfCheck,
        IReadOnlyDictionary<string, OracleDocument> documents)
    {
        GraphQLVersion = graphQLVersion;
        EchoFields = echoFields;
        IntrospectionSelfCheck = introspectionSelfCheck;
        Documents = documents;
    }

    public static OracleReport Instance => Shared.Value;

    public string GraphQLVersion { get; }

    /// <summary>"Echo.field" names; each resolves to its own coerced arguments (README.md, "Echo fields").</summary>
    public IReadOnlyList<string> EchoFields { get; }

    /// <summary>True when graphql-js's own introspection round trip reproduces its print of the SDL.</summary>
    public bool IntrospectionSelfCheck { get; }

    public IReadOnlyDictionary<string, OracleDocument> Documents { get; }

    private static OracleReport Run()
    {
        var output = Path.Combine(Path.GetTempPath(), $"graphql-oracle-{Guid.NewGuid():N}.json");
        try
        {
            var outcome = NodeProcess.Run("tests/conformance/graphql/oracle.mjs", "--out", output);
            if (outcome.ExitCode != 0)
            {
                throw new InvalidOperationException($"the graphql-js oracle failed (exit {outcome.ExitCode}): {outcome.StandardError}");
            }

            using var report = JsonDocument.Parse(File.ReadAllText(output));
            var root = report.RootElement;
            var documents = new Dictionary<string, OracleDocument>(StringComparer.Ordinal);
            foreach (var doc in root.GetProperty("documents").EnumerateArray())
            {
                var name = doc.GetProperty("name").GetString()!;
                var shape = ResponseShape.FromResponseJson(doc.GetProperty("phase").GetString()!, doc);
                documents[name] = new OracleDocument(
                    name, doc.GetProperty("category").GetString() ?? "", doc.GetProperty("expect").GetString() ?? "", shape);
            }

            return new OracleReport(
                root.GetProperty("graphqlVersion").GetString()!,
                root.GetProperty("echoFields").EnumerateArray().Select(e => e.GetString()!).ToList(),
                root.GetProperty("introspectionSelfCheck").GetBoolean(),
                documents);
        }
        finally
        {
            File.Delete(output);
        }
    }
}

/// <summary>graphql-js's outcome for one corpus document, with the category and expectation its header declares.</summary>
internal sealed record OracleDocument(string Name, string Category, string DeclaredOutcome, ResponseShape Expected)
{
    /// <summary>The outcome in the words of the corpus headers: syntax, validation, request, partial or data.</summary>
    public string Outcome => Expected.Phase switch
    {
        "execution" when !Expected.HasData => "request",
        "execution" => Expected.Errors.Count > 0 ? "partial" : "data",
        var phase => phase,
    };
}
