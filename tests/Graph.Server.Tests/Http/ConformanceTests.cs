using Graph.Server.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Http;

/// <summary>Third-party checks run against the live server: graphql-http's GraphQL-over-HTTP audit and graphql-js
/// rebuilding the schema from the server's introspection.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConformanceTests(ServerFixture server, ITestOutputHelper output)
{
    [Fact]
    public async Task Passes_every_MUST_and_SHOULD_audit_of_graphql_http()
    {
        var (code, stdout, stderr) = await Repo.RunNodeAsync("tests/http/audit.mjs", [server.GraphQL.ToString()], TimeSpan.FromMinutes(2));
        output.WriteLine(stdout);
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("MUST/SHOULD failures: 0", stdout);
    }

    [Fact]
    public async Task Graphql_js_rebuilds_the_schema_from_introspection()
    {
        var (code, stdout, stderr) = await Repo.RunNodeAsync("tests/http/client-schema.mjs", [server.GraphQL.ToString()], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stderr);
        Assert.Contains("interface Entity implements Node & Sourced", stdout);
        Assert.Contains("type Query", stdout);
        Assert.Contains("mediators(types: [EventType!], from: Date, to: Date): [MediatorGroup!]!", stdout);
    }
}
