using Graph.Model;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Transport;
using Graph.Store.Tests.Contract;

namespace Graph.Store.Tests.Neo4j;

/// <summary>
/// The Neo4j store against the shared contract, when a server is given: NEO4J_URI (the HTTP address, e.g.
/// http://localhost:7474), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. Without NEO4J_URI every test is skipped.
/// </summary>
/// <remarks>
/// Fresh state: Neo4j Community has one user database, so tests cannot each get their own. Before each store is
/// created, every node carrying one of the store's labels (<see cref="Neo4jSchema.Labels"/>) is deleted from
/// NEO4J_DATABASE with its relationships, by one parameterized statement; nodes of other labels are left alone.
/// Point these tests at a scratch database. xunit runs the tests of one class one after another and each contract
/// test uses one store, so a wipe never pulls data from under a running test.
/// </remarks>
public sealed class Neo4jStoreContractTests : GraphStoreContract
{
    private const string WipeStatement = """
        MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
        DETACH DELETE n
        """;

    private static readonly Neo4jStoreOptions? Server =
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jStoreOptions.UriVariable)) ? null : Neo4jStoreOptions.FromEnvironment();

    protected override string? SkipReason =>
        Server is null ? "NEO4J_URI is not set: the Neo4j contract tests need a live Neo4j 5 server" : null;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        await using (var transport = new HttpQueryApiTransport(Server!))
        {
            var wipe = new CypherStatement("tests.wipe", WipeStatement, new Dictionary<string, object?> { ["labels"] = Neo4jSchema.Labels });
            await transport.RunAsync([wipe], TransactionMode.Write);
        }
        return new Neo4jGraphStore(Server!);
    }
}
