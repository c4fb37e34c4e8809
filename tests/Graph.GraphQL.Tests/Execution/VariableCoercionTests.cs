namespace Graph.GraphQL.Tests.Execution;

/// <summary>
/// Input coercion of variable values (spec CoerceVariableValues); expected messages are graphql-js 16's, obtained by
/// running the same variables through it.
/// </summary>
public sealed class VariableCoercionTests
{
    private static readonly GraphQLEngine Engine = CoercionSchema.Create();

    public static TheoryData<string, string, string, string> ValidValues => new()
    {
        { "int", "Int", "1", "v=1:int" },
        { "int", "Int", "1.0", "v=1:int" },
        { "int", "Int", "-2147483648", "v=-2147483648:int" },
        { "int", "Int", "null", "v=null" },
        { "float", "Float", "1", "v=1:double" },
        { "float", "Float", "1.5", "v=1.5:double" },
        { "float", "Float", "-0.25e2", "v=-25:double" },
        { "string", "String", "\"héllo\\n\"", "v=\"héllo\n\"" },
        { "boolean", "Boolean", "false", "v=false" },
        { "id", "ID", "\"x1\"", "v=\"x1\"" },
        { "id", "ID", "7", "v=\"7\"" },
        { "color", "Color", "\"GREEN\"", "v=\"GREEN\"" },
        { "color", "Color", "\"RED\"", "v=\"red-internal\"" },
        { "list", "[Int]", "[1, 2]", "v=[1:int, 2:int]" },
        { "list", "[Int]", "3", "v=[3:int]" },
        { "list", "[Int]", "[1, null]", "v=[1:int, null]" },
        { "list", "[Int]", "[]", "v=[]" },
        { "strictList", "[Int!]!", "[4]", "v=[4:int]" },
        { "matrix", "[[Int]]", "[[1], [2, 3]]", "v=[[1:int], [2:int, 3:int]]" },
        { "matrix", "[[Int]]", "1", "v=[[1:int]]" },
        { "point", "Point", "{\"x\": 1}", "v={x: 1:int, y: 0:int}" },
        { "point", "Point", "{\"x\": 1, \"y\": null, \"label\": \"p\"}", "v={label: \"p\", x: 1:int, y: null}" },
        { "pick", "Pick", "{\"name\": \"n\"}", "v={name: \"n\"}" },
        { "shape", "Shape", "{\"points\": {\"x\": 2}}", "v={color: \"GREEN\", points: [{x: 2:int, y: 0:int}], tags: [\"a\"]}" },
        { "date", "Date", "\"2024-02-29\"", "v=2024-02-29:DateOnly" },
        { "json", "JSON", "{\"a\": [1, true]}", "v={\"a\": [1, true]}:json" },
    };

    [Theory]
    [MemberData(nameof(ValidValues))]
    public async Task Valid_variable_values_are_coerced_to_internal_values(string field, string type, string json, string expected)
    {
        var response = await Engine.RunAsync($"query($v: {type}) {{ {field}(v: $v) }}", variables: $"{{\"v\": {json}}}");

        TestEngine.AssertData(response, $"{{\"{field}\": {System.Text.Json.JsonSerializer.Serialize(expected)}}}");
    }

    public static TheoryData<string, string, string, string> InvalidValues => new()
    {
        { "int", "Int", "2147483648", "Variable \"$v\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "int", "Int", "1.5", "Variable \"$v\" got invalid value 1.5; Int cannot represent non-integer value: 1.5" },
        { "int", "Int", "\"1\"", "Variable \"$v\" got invalid value \"1\"; Int cannot represent non-integer value: \"1\"" },
        { "int", "Int", "true", "Variable \"$v\" got invalid value true; Int cannot represent non-integer value: true" },
        { "float", "Float", "\"1.5\"", "Variable \"$v\" got invalid value \"1.5\"; Float cannot represent non numeric value: \"1.5\"" },
        { "string", "String", "1", "Variable \"$v\" got invalid value 1; String cannot represent a non string value: 1" },
        { "boolean", "Boolean", "1", "Variable \"$v\" got invalid value 1; Boolean cannot represent a non boolean value: 1" },
        { "id", "ID", "1.5", "Variable \"$v\" got invalid value 1.5; ID cannot represent value: 1.5" },
        { "id", "ID", "true", "Variable \"$v\" got invalid value true; ID cannot represent value: true" },
        { "color", "Color", "\"PURPLE\"", "Variable \"$v\" got invalid value \"PURPLE\"; Value \"PURPLE\" does not exist in \"Color\" enum." },
        { "color", "Color", "1", "Variable \"$v\" got invalid value 1; Enum \"Color\" cannot represent non-string value: 1." },
        { "color", "Color", "\"red\"", "Variable \"$v\" got invalid value \"red\"; Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?" },
        { "list", "[Int]", "[1, \"a\"]", "Variable \"$v\" got invalid value \"a\" at \"v[1]\"; Int cannot represent non-integer value: \"a\"" },
        { "strictList", "[Int!]!", "[1, null]", "Variable \"$v\" got invalid value null at \"v[1]\"; Expected non-nullable type \"Int!\" not to be null." },
        { "matrix", "[[Int]]", "[[1], [\"x\"]]", "Variable \"$v\" got invalid value \"x\" at \"v[1][0]\"; Int cannot represent non-integer value: \"x\"" },
        { "point", "Point", "{\"y\": 2}", "Variable \"$v\" got invalid value { y: 2 }; Field \"x\" of required type \"Int!\" was not provided." },
        { "point", "Point", "{\"x\": 1, \"z\": 2}", "Variable \"$v\" got invalid value { x: 1, z: 2 }; Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?" },
        { "point", "Point", "\"nope\"", "Variable \"$v\" got invalid value \"nope\"; Expected type \"Point\" to be an object." },
        { "pick", "Pick", "{}", "Variable \"$v\" got invalid value {}; Exactly one key must be specified for OneOf type \"Pick\"." },
        { "pick", "Pick", "{\"id\": \"1\", \"name\": \"a\"}", "Variable \"$v\" got invalid value { id: \"1\", name: \"a\" }; Exactly one key must be specified for OneOf type \"Pick\"." },
        { "pick", "Pick", "{\"id\": null}", "Variable \"$v\" got invalid value null at \"v.id\"; Field \"id\" must be non-null." },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public async Task Invalid_variable_values_are_request_errors_without_data(string field, string type, string json, string message)
    {
        var query = $"query($v: {type}) {{ {field}(v: $v) }}";
        var result = await Engine.ExecuteAsync(new GraphQLRequest(query, Variables: TestEngine.Parse($"{{\"v\": {json}}}")));

        Assert.Equal(ExecutionStatus.RequestError, result.Status);
        Assert.False(result.HasData);
        var error = TestEngine.SingleError(TestEngine.Parse(result.ToJson()));
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(["1:7"], TestEngine.LocationsOf(error));
        Assert.False(error.TryGetProperty("path", out _));
    }

    [Fact]
    public async Task Every_invalid_field_of_an_input_object_is_reported()
    {
        var response = await Engine.RunAsync("query($v: Point) { point(v: $v) }", variables: """{"v": {"x": "one", "lable": "a"}}""");

        Assert.Equal(
            [
                "Variable \"$v\" got invalid value \"one\" at \"v.x\"; Int cannot represent non-integer value: \"one\"",
                "Variable \"$v\" got invalid value { x: \"one\", lable: \"a\" }; Field \"lable\" is not defined by type \"Point\". Did you mean \"label\"?",
            ],
            TestEngine.Messages(response));
    }

    [Fact]
    public async Task A_missing_required_variable_is_an_error()
    {
        var response = await Engine.RunAsync("query($v: Int!) { required(v: $v) }", variables: "{}");

        Assert.Equal(["Variable \"$v\" of required type \"Int!\" was not provided."], TestEngine.Messages(response));
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_null_for_a_non_null_variable_is_an_error()
    {
        var response = await Engine.RunAsync("query($v: Int!) { required(v: $v) }", variables: """{"v": null}""");

        Assert.Equal(["Variable \"$v\" of non-null type \"Int!\" must not be null."], TestEngine.Messages(response));
    }

    [Fact]
    public async Task Variable_defaults_apply_when_absent_but_not_when_null_is_given()
    {
        const string query = "query($v: Int = 5) { int(v: $v) }";

        TestEngine.AssertData(await Engine.RunAsync(query, variables: "{}"), """{"int": "v=5:int"}""");
        TestEngine.AssertData(await Engine.RunAsync(query), """{"int": "v=5:int"}""");
        TestEngine.AssertData(await Engine.RunAsync(query, variables: """{"v": null}"""), """{"int": "v=null"}""");
    }

    [Fact]
    public async Task An_absent_variable_without_default_leaves_the_argument_absent()
    {
        var response = await Engine.RunAsync("query($v: Int) { int(v: $v) defaulted(v: $v) }", variables: "{}");

        TestEngine.AssertData(response, """{"int": "", "defaulted": "color=\"BLUE\" list=[3:int] v=7:int"}""");
    }

    [Fact]
    public async Task Variables_that_are_not_a_json_object_are_rejected()
    {
        var response = await Engine.RunAsync("query($v: Int) { int(v: $v) }", variables: "[1]");

        Assert.Equal(["Variables must be provided as a JSON object."], TestEngine.Messages(response));
    }

    [Fact]
    public async Task Variable_errors_stop_at_the_configured_limit()
    {
        var engine = CoercionSchema.Create(options: new EngineOptions { MaxVariableErrors = 2 });

        var response = await engine.RunAsync(
            "query($a: Int, $b: String, $c: [Color]) { many(a: $a, b: $b, c: $c) }",
            variables: """{"a": "x", "b": 1, "c": ["NOPE"]}""");

        var messages = TestEngine.Messages(response);
        Assert.Equal(3, messages.Length);
        Assert.Equal("Too many errors processing variables, error limit reached. Execution aborted.", messages[2]);
    }

    [Fact]
    public async Task Unused_extra_variables_are_ignored()
    {
        var response = await Engine.RunAsync("query($v: Int) { int(v: $v) }", variables: """{"v": 2, "other": {"deep": [1]}}""");

        TestEngine.AssertData(response, """{"int": "v=2:int"}""");
    }
}
