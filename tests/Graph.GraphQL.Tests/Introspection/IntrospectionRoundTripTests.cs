using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.GraphQL.Tests.Conformance;

namespace Graph.GraphQL.Tests.Introspection;

/// <summary>
/// graphql-js's full introspection query run on our engine rebuilds, with buildClientSchema, exactly the schema
/// graphql-js builds from the same SDL (compared as printSchema text). The conformance harness does this for its
/// library schema; these cases cover the introspection test schema and the benchmark schema.
/// </summary>
public sealed class IntrospectionRoundTripTests
{
    private static string Script([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "round-trip.mjs");

    private static string BenchmarkSdl() =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "bench", "Graph.Benchmarks", "GraphQL", "Workloads", "schema.graphql"));

    public static TheoryData<string> Schemas => new() { "introspection", "benchmark" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Our_introspection_rebuilds_the_same_schema_in_graphql_js(string name)
    {
        var sdl = name == "introspection" ? IntrospectionSchema.Sdl : BenchmarkSdl();
        var query = NodeProcess.Run(Script(), "--print-query");
        Assert.True(query.ExitCode == 0, query.StandardError);

        var result = await Execution.TestEngine.Create(sdl).ExecuteAsync(new GraphQLRequest(query.StandardOutput));
        Assert.Equal(ExecutionStatus.Executed, result.Status);
        Assert.Empty(result.Errors);

        var schemaFile = Path.Combine(Path.GetTempPath(), $"round-trip-{Guid.NewGuid():N}.graphql");
        var responseFile = Path.ChangeExtension(schemaFile, ".json");
        try
        {
            await File.WriteAllTextAsync(schemaFile, sdl);
            await File.WriteAllTextAsync(responseFile, result.ToJson());
            var check = NodeProcess.Run(Script(), schemaFile, responseFile);
            Assert.True(check.ExitCode is 0 or 1, check.StandardError);

            using var verdict = JsonDocument.Parse(check.StandardOutput);
            var expected = verdict.RootElement.GetProperty("expected").GetString();
            var actual = verdict.RootElement.GetProperty("actual").GetString();
            Assert.Equal(expected, actual);
        }
        finally
        {
            File.Delete(schemaFile);
            File.Delete(responseFile);
        }
    }
}
