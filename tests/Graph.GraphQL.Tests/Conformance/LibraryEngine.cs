using System.Buffers;
using System.Text.Json;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>
/// Our engine set up exactly as the oracle sets up graphql-js: the conformance SDL, the echo resolvers, and the
/// fixture as root value for queries and mutations, answered by the default field resolver.
/// </summary>
internal sealed class LibraryEngine
{
    private static readonly Lazy<LibraryEngine> Shared = new(Create);

    private readonly GraphQLEngine _engine;
    private readonly JsonElement _fixture;

    private LibraryEngine(GraphQLEngine engine, JsonElement fixture)
    {
        _engine = engine;
        _fixture = fixture;
    }

    public static LibraryEngine Instance => Shared.Value;

    public static string SchemaPath => Path.Combine(RepositoryRoot.ConformanceDirectory, "schema.graphql");

    private static LibraryEngine Create()
    {
        var resolvers = new ResolverMap();
        foreach (var coordinate in OracleReport.Instance.EchoFields)
        {
            resolvers.Add(coordinate, EchoResolver.Resolve);
        }

        var schema = SchemaBuilder.Build(File.ReadAllText(SchemaPath), resolvers);
        using var fixture = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.ConformanceDirectory, "fixture.json")));
        return new LibraryEngine(new GraphQLEngine(schema), fixture.RootElement.Clone());
    }

    /// <summary>Runs a request; returns how far it got and the response as JSON, exactly as the engine writes it.</summary>
    public async Task<(ExecutionStatus Status, JsonElement Response)> ExecuteAsync(string query, string? operationName, JsonElement? variables)
    {
        var result = await _engine.ExecuteAsync(new GraphQLRequest(query, operationName, variables, RootValue: _fixture));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }

        using var response = JsonDocument.Parse(buffer.WrittenMemory);
        return (result.Status, response.RootElement.Clone());
    }

    /// <summary>Runs a corpus document and reduces the response for comparison.</summary>
    public async Task<ResponseShape> RunAsync(CorpusDocument document)
    {
        var (status, response) = await ExecuteAsync(document.Query, document.OperationName, document.Variables);
        return ResponseShape.FromResponseJson(Phase(status), response);
    }

    /// <summary>Our status in the words the oracle uses for graphql-js's phases (README.md, "Comparison").</summary>
    private static string Phase(ExecutionStatus status) => status switch
    {
        ExecutionStatus.SyntaxError => "syntax",
        ExecutionStatus.ValidationFailed => "validation",
        ExecutionStatus.RequestError => "request",
        ExecutionStatus.Executed => "execution",
        var other => other.ToString(),
    };
}
