using Graph.GraphQL.Execution;
using Graph.GraphQL.Language;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Input coercion of argument literals, variables inside them, defaults, and null versus absent.</summary>
public sealed class ArgumentCoercionTests
{
    private static readonly GraphQLEngine Engine = CoercionSchema.Create();

    public static TheoryData<string, string> Literals => new()
    {
        { "int(v: 1)", "v=1:int" },
        { "int(v: -0)", "v=0:int" },
        { "int(v: null)", "v=null" },
        { "int", "" },
        { "float(v: 1)", "v=1:double" },
        { "float(v: 1.5e3)", "v=1500:double" },
        { "string(v: \"a\\u00e9\\n\")", "v=\"aé\n\"" },
        { "string(v: \"\"\"\n  block\n    text\"\"\")", "v=\"block\n  text\"" },
        { "boolean(v: true)", "v=true" },
        { "id(v: 12)", "v=\"12\"" },
        { "id(v: \"x\")", "v=\"x\"" },
        { "color(v: GREEN)", "v=\"GREEN\"" },
        { "color(v: RED)", "v=\"red-internal\"" },
        { "list(v: 1)", "v=[1:int]" },
        { "list(v: [1, null])", "v=[1:int, null]" },
        { "strictList(v: [])", "v=[]" },
        { "matrix(v: [[1], [2, 3]])", "v=[[1:int], [2:int, 3:int]]" },
        { "matrix(v: [1])", "v=[[1:int]]" },
        { "point(v: {x: 1})", "v={x: 1:int, y: 0:int}" },
        { "point(v: {x: 1, y: null})", "v={x: 1:int, y: null}" },
        { "pick(v: {id: 5})", "v={id: \"5\"}" },
        { "shape(v: {points: [{x: 1, y: 2}], color: RED, tags: null})", "v={color: \"red-internal\", points: [{x: 1:int, y: 2:int}], tags: null}" },
        { "shape(v: {})", "v={color: \"GREEN\", tags: [\"a\"]}" },
        { "date(v: \"2024-01-02\")", "v=2024-01-02:DateOnly" },
        { "dateTime(v: \"2024-05-01T10:00:00+02:00\")", "v=2024-05-01T10:00:00+02:00:DateTimeOffset" },
        { "json(v: {a: [1, \"b\", RED, null]})", "v={\"a\":[1,\"b\",\"RED\",null]}:json" },
        { "defaulted", "color=\"BLUE\" list=[3:int] v=7:int" },
        { "defaulted(v: null, color: null)", "color=null list=[3:int] v=null" },
        { "many(c: [RED, BLUE], a: 3)", "a=3:int c=[\"red-internal\", \"BLUE\"]" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public async Task Literal_arguments_are_coerced_to_internal_values(string selection, string expected)
    {
        var response = await Engine.RunAsync($"{{ result: {selection} }}");

        TestEngine.AssertData(response, $"{{\"result\": {System.Text.Json.JsonSerializer.Serialize(expected)}}}");
    }

    public static TheoryData<string, string, string> VariablesInLiterals => new()
    {
        { "query($x: Int) { r: list(v: [1, $x]) }", "{}", "v=[1:int, null]" },
        { "query($x: Int) { r: list(v: [1, $x]) }", """{"x": 2}""", "v=[1:int, 2:int]" },
        { "query($y: Int) { r: point(v: {x: 1, y: $y}) }", "{}", "v={x: 1:int, y: 0:int}" },
        { "query($y: Int) { r: point(v: {x: 1, y: $y}) }", """{"y": null}""", "v={x: 1:int, y: null}" },
        { "query($x: Int) { r: defaulted(v: $x) }", "{}", "color=\"BLUE\" list=[3:int] v=7:int" },
        { "query($x: Int) { r: defaulted(v: $x) }", """{"x": null}""", "color=\"BLUE\" list=[3:int] v=null" },
        { "query($c: Color) { r: many(c: [$c, GREEN]) }", """{"c": "RED"}""", "c=[\"red-internal\", \"GREEN\"]" },
        { "query($p: [Point!]) { r: shape(v: {points: $p}) }", """{"p": [{"x": 9}]}""", "v={color: \"GREEN\", points: [{x: 9:int, y: 0:int}], tags: [\"a\"]}" },
    };

    [Theory]
    [MemberData(nameof(VariablesInLiterals))]
    public async Task Variables_inside_literals_are_substituted(string query, string variables, string expected)
    {
        var response = await Engine.RunAsync(query, variables: variables);

        TestEngine.AssertData(response, $"{{\"r\": {System.Text.Json.JsonSerializer.Serialize(expected)}}}");
    }

    public static TheoryData<string, string?, string, string> ArgumentErrors => new()
    {
        { "{ required }", null, "Argument \"v\" of required type \"Int!\" was not provided.", "1:3" },
        { "{ int(v: \"x\") }", null, "Argument \"v\" has invalid value \"x\".", "1:10" },
        { "query($x: Int) { required(v: $x) }", "{}", "Argument \"v\" of required type \"Int!\" was provided the variable \"$x\" which was not provided a runtime value.", "1:30" },
        { "query($x: Int) { required(v: $x) }", """{"x": null}""", "Argument \"v\" of non-null type \"Int!\" must not be null.", "1:30" },
    };

    [Theory]
    [MemberData(nameof(ArgumentErrors))]
    public async Task Argument_errors_of_unvalidated_documents_are_field_errors(string query, string? variables, string message, string location)
    {
        // Validation rejects these documents; the executor must still answer them sensibly when run directly.
        var request = new GraphQLRequest(query, Variables: variables is null ? null : TestEngine.Parse(variables));
        var result = await Executor.ExecuteAsync(Engine.Schema, Parser.Parse(query), request);

        var response = TestEngine.Parse(result.ToJson());
        var error = TestEngine.SingleError(response);
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal([location], TestEngine.LocationsOf(error));
        Assert.Equal(ExecutionStatus.Executed, result.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.GetProperty("data").EnumerateObject().Single().Value.ValueKind);
    }

    [Fact]
    public async Task Constant_arguments_are_shared_between_executions_but_not_mutable()
    {
        IReadOnlyDictionary<string, object?>? first = null;
        var resolvers = new Graph.GraphQL.Types.ResolverMap().Add("Query.int", context =>
        {
            first ??= context.Arguments;
            Assert.Throws<NotSupportedException>(() => ((IDictionary<string, object?>)context.Arguments)["v"] = 2);
            return TestEngine.DescribeArguments(context);
        });
        var engine = CoercionSchema.Create(resolvers);

        TestEngine.AssertData(await engine.RunAsync("{ int(v: 1) }"), """{"int": "v=1:int"}""");
        TestEngine.AssertData(await engine.RunAsync("{ int(v: 1) }"), """{"int": "v=1:int"}""");
        Assert.NotNull(first);
    }
}
