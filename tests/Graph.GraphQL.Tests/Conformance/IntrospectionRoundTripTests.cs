using System.Text.Json;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>
/// graphql-js's getIntrospectionQuery() run by our engine, rebuilt with buildClientSchema() and printed with
/// printSchema(), must equal graphql-js's printSchema(buildSchema(sdl)) of the conformance SDL.
/// </summary>
public sealed class IntrospectionRoundTripTests
{
    private const string Script = "tests/conformance/graphql/introspection-check.mjs";

    [Fact]
    public void GraphQLJs_reproduces_its_own_print_through_introspection()
    {
        // Without this the comparison below would measure graphql-js, not our engine.
        Assert.True(OracleReport.Instance.IntrospectionSelfCheck, "graphql-js's own introspection round trip differs from its print");
    }

    [Fact]
    public async Task Our_introspection_rebuilds_the_schema_graphql_js_prints()
    {
        var query = NodeProcess.Run(Script, "--print-query");
        Assert.True(query.ExitCode == 0, $"printing the introspection query failed: {query.StandardError}");

        var (status, response) = await LibraryEngine.Instance.ExecuteAsync(query.StandardOutput, null, null);
        Assert.True(status == ExecutionStatus.Executed, $"our engine did not execute the introspection query ({status}): {response.GetRawText()}");
        var file = Path.Combine(Path.GetTempPath(), $"graphql-introspection-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(file, response.GetRawText());
            var check = NodeProcess.Run(Script, file);
            Assert.True(check.ExitCode is 0 or 1, $"graphql-js could not use our introspection result: {check.StandardError}");

            using var verdict = JsonDocument.Parse(check.StandardOutput);
            var equal = verdict.RootElement.GetProperty("equal").GetBoolean();
            Assert.True(equal, "printSchema(buildClientSchema(ours)) differs from printSchema(buildSchema(sdl)):\n" +
                verdict.RootElement.GetProperty("diff").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
