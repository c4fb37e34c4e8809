using System.Text.Json;
using Graph.GraphQL.Tests.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

/// <summary>
/// Replays schema-cases.json, recorded from graphql-js 16 by Fixtures/generate-schema-cases.mjs: valid SDL builds a
/// schema that prints exactly as graphql-js's printSchema prints it, with types in the same order; invalid SDL
/// fails with the same messages and locations (SDL checks compared as a set, schema checks in order).
/// </summary>
public class SchemaConformanceTests
{
    private static readonly JsonElement[] Cases =
        FixtureFile.Load("Types/Fixtures/schema-cases.json").EnumerateArray().ToArray();

    public static IEnumerable<object[]> CaseIndexes() => Enumerable.Range(0, Cases.Length).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Matches_graphql_js(int index)
    {
        var testCase = Cases[index];
        var sdl = testCase.GetProperty("sdl").GetString()!;
        var stage = testCase.GetProperty("stage").GetString();
        if (stage == "ok")
        {
            var schema = SchemaBuilder.Build(sdl);
            Assert.Equal(testCase.GetProperty("printed").GetString(), SchemaPrinter.Print(schema));
            Assert.Equal(
                testCase.GetProperty("types").EnumerateArray().Select(t => t.GetString()).ToArray(),
                schema.Types.Select(t => t.Name).ToArray());
            return;
        }

        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Build(sdl));
        var expected = testCase.GetProperty("errors").EnumerateArray().Select(Describe).ToList();
        var actual = exception.Errors.Select(Describe).ToList();
        if (stage == "sdl")
        {
            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
        }

        Assert.Equal(expected, actual);
    }

    private static string Describe(JsonElement error) =>
        error.GetProperty("message").GetString() + " @ " +
        string.Join(", ", error.GetProperty("locations").EnumerateArray().Select(l => $"{l[0].GetInt32()}:{l[1].GetInt32()}"));

    private static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(", ", (error.Locations ?? Array.Empty<SourceLocation>()).Select(l => $"{l.Line}:{l.Column}"));
}
