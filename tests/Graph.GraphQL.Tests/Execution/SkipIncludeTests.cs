using Graph.GraphQL.Execution;
using Graph.GraphQL.Language;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>@skip and @include, with literals and variables; plans are cached per combination of condition values.</summary>
public sealed class SkipIncludeTests
{
    private static readonly GraphQLEngine Engine = TestEngine.Create("type Query { a: Int, b: Int, c: Int, d: Int }");

    private static readonly Dictionary<string, object?> Root = new() { ["a"] = 1, ["b"] = 2, ["c"] = 3, ["d"] = 4 };

    public static TheoryData<string, string> Literals => new()
    {
        { "{ a @skip(if: true) b }", """{"b":2}""" },
        { "{ a @skip(if: false) b }", """{"a":1,"b":2}""" },
        { "{ a @include(if: false) b }", """{"b":2}""" },
        { "{ a @include(if: true) @skip(if: true) b }", """{"b":2}""" },
        { "{ a @include(if: true) @skip(if: false) }", """{"a":1}""" },
        { "{ ... @skip(if: true) { a } b }", """{"b":2}""" },
        { "{ ...F @include(if: false) b } fragment F on Query { a }", """{"b":2}""" },
        { "{ a @skip(if: true) a }", """{"a":1}""" },
        { "{ a @skip(if: true) ... { a @skip(if: true) } }", "{}" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public async Task Literal_conditions_decide_inclusion(string query, string expected)
    {
        TestEngine.AssertData(await Engine.RunAsync(query, Root), expected);
    }

    [Fact]
    public async Task Variable_conditions_are_honoured_for_every_combination_of_one_cached_document()
    {
        const string query = """
            query($x: Boolean!, $y: Boolean = false) {
              a @include(if: $x)
              b @skip(if: $y)
              ...F @include(if: $y)
            }
            fragment F on Query { c d @skip(if: $x) }
            """;

        var expectations = new (string Variables, string Data)[]
        {
            ("""{"x": true}""", """{"a":1,"b":2}"""),
            ("""{"x": false}""", """{"b":2}"""),
            ("""{"x": false, "y": true}""", """{"c":3,"d":4}"""),
            ("""{"x": true, "y": true}""", """{"a":1,"c":3}"""),
            ("""{"x": true}""", """{"a":1,"b":2}"""),
        };
        foreach (var (variables, data) in expectations)
        {
            TestEngine.AssertData(await Engine.RunAsync(query, Root, variables), data);
        }
    }

    [Fact]
    public async Task A_null_condition_is_an_error_and_data_is_null()
    {
        var response = await Engine.RunAsync("query($y: Boolean = true) { a @skip(if: $y) }", Root, """{"y": null}""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.GetProperty("data").ValueKind);
        var error = TestEngine.SingleError(response);
        Assert.Equal("Argument \"if\" of non-null type \"Boolean!\" must not be null.", error.GetProperty("message").GetString());
        Assert.Equal(["1:41"], TestEngine.LocationsOf(error));
    }

    [Fact]
    public async Task A_missing_condition_inside_a_sub_selection_is_a_field_error()
    {
        // Validation would reject the undefined variable; run the executor directly to see the fallback.
        var engine = TestEngine.Create("type Query { q: Q } type Q { a: Int }");
        const string text = "{ q { a @include(if: $v) } }";
        var root = new Dictionary<string, object?> { ["q"] = new Dictionary<string, object?> { ["a"] = 1 } };

        var result = await Executor.ExecuteAsync(engine.Schema, Parser.Parse(text), new GraphQLRequest(text, RootValue: root));

        Assert.Equal("""{"q":null}""", TestEngine.Compact(TestEngine.Parse(result.ToJson()).GetProperty("data")));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"if\" of required type \"Boolean!\" was provided the variable \"$v\" which was not provided a runtime value.", error.Message);
        Assert.Equal(["q"], error.Path);
    }
}
