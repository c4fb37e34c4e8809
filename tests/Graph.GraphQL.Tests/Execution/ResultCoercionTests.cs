using System.Text.Json;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>
/// Result coercion (spec CompleteValue for leaves and lists) of .NET values returned by resolvers; expected outputs
/// and messages are graphql-js 16's for the equivalent JavaScript values.
/// </summary>
public sealed class ResultCoercionTests
{
    private enum Shade
    {
        Red,
        GREEN,
    }

    public static TheoryData<string, object?, string> Coerced => new()
    {
        { "Int", 1, "1" },
        { "Int", 1.0, "1" },
        { "Int", 5L, "5" },
        { "Int", (short)-3, "-3" },
        { "Int", "12", "12" },
        { "Int", true, "1" },
        { "Int", null, "null" },
        { "Float", 1, "1" },
        { "Float", 1.5, "1.5" },
        { "Float", 1.25m, "1.25" },
        { "Float", "2.5", "2.5" },
        { "Float", true, "1" },
        { "String", "s", "\"s\"" },
        { "String", 1.5, "\"1.5\"" },
        { "String", 7, "\"7\"" },
        { "String", true, "\"true\"" },
        { "Boolean", true, "true" },
        { "Boolean", 0, "false" },
        { "Boolean", 2, "true" },
        { "ID", "x", "\"x\"" },
        { "ID", 5, "\"5\"" },
        { "Color", "RED", "\"RED\"" },
        { "Color", Shade.GREEN, "\"GREEN\"" },
        { "Date", new DateOnly(2024, 1, 2), "\"2024-01-02\"" },
        { "JSON", new Dictionary<string, object?> { ["a"] = new object?[] { 1, "b", null } }, "{\"a\":[1,\"b\",null]}" },
        { "[Int]", new[] { 1, 2 }, "[1,2]" },
        { "[Int]", new List<object?> { 1, null }, "[1,null]" },
        { "[String]", Enumerable.Range(1, 3).Select(i => "s" + i), "[\"s1\",\"s2\",\"s3\"]" },
        { "[[Int]]", new[] { new[] { 1 }, Array.Empty<int>() }, "[[1],[]]" },
        { "[Color!]!", new List<string> { "BLUE", "RED" }, "[\"BLUE\",\"RED\"]" },
    };

    [Theory]
    [MemberData(nameof(Coerced))]
    public async Task Values_are_coerced_for_the_response(string type, object? value, string expectedJson)
    {
        var response = await RunAsync(type, value);

        TestEngine.AssertData(response, $"{{\"value\": {expectedJson}}}");
    }

    public static TheoryData<string, object?, string, string, string> Rejected => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5", "[\"value\"]", "null" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648", "[\"value\"]", "null" },
        { "Int", "x", "Int cannot represent non-integer value: \"x\"", "[\"value\"]", "null" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN", "[\"value\"]", "null" },
        { "Float", "x", "Float cannot represent non numeric value: \"x\"", "[\"value\"]", "null" },
        { "String", new Dictionary<string, object?> { ["a"] = 1 }, "String cannot represent value: { a: 1 }", "[\"value\"]", "null" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"", "[\"value\"]", "null" },
        { "ID", 1.5, "ID cannot represent value: 1.5", "[\"value\"]", "null" },
        { "ID", true, "ID cannot represent value: true", "[\"value\"]", "null" },
        { "Color", "PURPLE", "Enum \"Color\" cannot represent value: \"PURPLE\"", "[\"value\"]", "null" },
        { "[String]", "abc", "Expected Iterable, but did not find one for field \"Query.value\".", "[\"value\"]", "null" },
        { "[String]", new Dictionary<string, object?>(), "Expected Iterable, but did not find one for field \"Query.value\".", "[\"value\"]", "null" },
        { "[Int!]", new List<object?> { 1, null }, "Cannot return null for non-nullable field Query.value.", "[\"value\",1]", "null" },
        { "[[Int]]", new object[] { new[] { 1 }, "x" }, "Expected Iterable, but did not find one for field \"Query.value\".", "[\"value\",1]", "[[1],null]" },
        { "[Int]", new object[] { 1, "two", 3 }, "Int cannot represent non-integer value: \"two\"", "[\"value\",1]", "[1,null,3]" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Values_that_do_not_fit_become_field_errors(string type, object? value, string message, string path, string expectedValue)
    {
        var response = await RunAsync(type, value);

        var error = TestEngine.SingleError(response);
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(path, TestEngine.PathOf(error));
        Assert.Equal(["1:3"], TestEngine.LocationsOf(error));
        Assert.Equal(TestEngine.Compact($"{{\"value\": {expectedValue}}}"), TestEngine.Compact(response.GetProperty("data")));
    }

    [Fact]
    public async Task Enum_values_serialize_from_their_mapped_internal_values()
    {
        var resolvers = new Graph.GraphQL.Types.ResolverMap()
            .AddEnumValues("Color", new Dictionary<string, object> { ["RED"] = 1, ["BLUE"] = 2 });
        var engine = TestEngine.Create("enum Color { RED BLUE } type Query { value: [Color] }", resolvers);

        var response = await engine.RunAsync("{ value }", root: new Dictionary<string, object?> { ["value"] = new object?[] { 2, 1, 3 } });

        Assert.Equal("""{"value":["BLUE","RED",null]}""", TestEngine.Compact(response.GetProperty("data")));
        Assert.Equal(["Enum \"Color\" cannot represent value: 3"], TestEngine.Messages(response));
    }

    [Fact]
    public async Task Non_ascii_text_is_written_unescaped_and_control_characters_escaped()
    {
        var result = await TestEngine.Create("type Query { value: String }")
            .ExecuteAsync(new GraphQLRequest("{ value }", RootValue: new Dictionary<string, object?> { ["value"] = "Ереван \"q\"\n" }));

        Assert.Equal("{\"data\":{\"value\":\"Ереван \\\"q\\\"\\n\"}}", result.ToJson());
    }

    private static Task<JsonElement> RunAsync(string type, object? value)
    {
        var engine = TestEngine.Create($"enum Color {{ RED GREEN BLUE }} scalar Date scalar JSON type Query {{ value: {type} }}");
        return engine.RunAsync("{ value }", root: new Dictionary<string, object?> { ["value"] = value });
    }
}
