using System.Text.Json;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Tests.Language;

/// <summary>
/// Replays parser-cases.json, recorded from graphql-js 16 by Fixtures/generate-parser-cases.mjs: every document,
/// value and type either prints exactly as graphql-js prints it, or fails with the same message at the same line
/// and column.
/// </summary>
public class ParserConformanceTests
{
    private static readonly JsonElement[] Cases =
        FixtureFile.Load("Language/Fixtures/parser-cases.json").EnumerateArray().ToArray();

    public static IEnumerable<object[]> CaseIndexes() => Enumerable.Range(0, Cases.Length).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Matches_graphql_js(int index)
    {
        var testCase = Cases[index];
        var source = FixtureFile.SourceOf(testCase);
        var kind = testCase.GetProperty("kind").GetString();
        Func<string, Node> parse = kind switch
        {
            "document" => text => Parser.Parse(text),
            "value" => text => Parser.ParseValue(text),
            _ => text => Parser.ParseType(text),
        };

        if (testCase.GetProperty("ok").GetBoolean())
        {
            var node = parse(source);
            Assert.Equal(testCase.GetProperty("printed").GetString(), Printer.Print(node));
        }
        else
        {
            var error = Assert.Throws<GraphQLSyntaxError>(() => parse(source));
            Assert.Equal(testCase.GetProperty("message").GetString(), error.Message);
            var location = Assert.Single(error.Locations!);
            Assert.Equal(
                new SourceLocation(testCase.GetProperty("line").GetInt32(), testCase.GetProperty("column").GetInt32()),
                location);
        }
    }

    [Fact]
    public void Fixture_covers_both_outcomes()
    {
        Assert.True(Cases.Count(c => c.GetProperty("ok").GetBoolean()) > 100);
        Assert.True(Cases.Count(c => !c.GetProperty("ok").GetBoolean()) > 100);
    }
}
