using System.Text.Json;
using Graph.GraphQL.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class CustomScalarTests
{
    private static readonly DateTimeScalar DateTime = new();
    private static readonly DateScalar Date = new();
    private static readonly JsonScalar Json = new();

    private static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Theory]
    [InlineData("\"2024-05-01T12:30:00Z\"", "2024-05-01T12:30:00Z")]
    [InlineData("\"2024-05-01T12:30:00.250Z\"", "2024-05-01T12:30:00.25Z")]
    [InlineData("\"2024-05-01T14:30:00+02:00\"", "2024-05-01T14:30:00+02:00")]
    [InlineData("\"2024-05-01T14:30:00.1234567-05:30\"", "2024-05-01T14:30:00.1234567-05:30")]
    [InlineData("\"2024-05-01T14:30:00.123456789+01:00\"", "2024-05-01T14:30:00.1234567+01:00")]
    public void DateTime_parses_instants_and_formats_dotnet_values_with_their_offset(string json, string formatted)
    {
        var value = Assert.IsType<DateTimeOffset>(DateTime.ParseValue(Element(json)));
        Assert.Equal(formatted, DateTime.Serialize(value));
        Assert.Equal(value, DateTime.ParseLiteral(Parser.ParseValue(json)));
    }

    // Validity as the conformance contract (tests/conformance/graphql/lib/custom-scalars.mjs) decides it, except
    // where .NET cannot hold the value: year 0 and offsets beyond +-14:00 are rejected here.
    [Theory]
    [InlineData("2024-05-01T12:30:00Z", true)]
    [InlineData("2024-02-29T23:59:59Z", true)]
    [InlineData("2024-05-01T12:30:00+14:00", true)]
    [InlineData("2024-05-01t12:30:00z", false)]
    [InlineData("2024-05-01T12:30:00", false)]
    [InlineData("2024-05-01", false)]
    [InlineData("2024-13-01T12:30:00Z", false)]
    [InlineData("2024-02-30T12:30:00Z", false)]
    [InlineData("2023-02-29T00:00:00Z", false)]
    [InlineData("2024-05-01T24:00:00Z", false)]
    [InlineData("2024-05-01T23:60:00Z", false)]
    [InlineData("2024-05-01T23:00:60Z", false)]
    [InlineData("2024-05-01T12:30Z", false)]
    [InlineData("2024-05-01T12:30:00.Z", false)]
    [InlineData("2024-05-01T12:30:00+0200", false)]
    [InlineData("2024-05-01T12:30:00+02", false)]
    [InlineData("2024-05-01 12:30:00Z", false)]
    [InlineData("yesterday", false)]
    [InlineData("", false)]
    [InlineData("0000-01-01T00:00:00Z", false)]
    [InlineData("2024-05-01T12:30:00-23:59", false)]
    public void DateTime_accepts_exactly_the_contract_strings(string text, bool valid)
    {
        Assert.Equal(valid, DateTimeScalar.TryParse(text, out _));
        if (valid)
        {
            Assert.Equal(text, DateTime.Serialize(text));
        }
        else
        {
            var json = ValueInspectorQuote(text);
            Assert.Equal($"DateTime cannot represent value: {json}", Assert.Throws<GraphQLCoercionError>(() => DateTime.ParseValue(text)).Message);
            Assert.Equal($"DateTime cannot represent value: {json}", Assert.Throws<GraphQLCoercionError>(() => DateTime.Serialize(text)).Message);
            var error = Assert.Throws<GraphQLCoercionError>(() => DateTime.ParseLiteral(Parser.ParseValue(json)));
            Assert.Equal($"DateTime cannot represent value: {json}", error.Message);
            Assert.NotNull(error.Nodes);
        }
    }

    private static string ValueInspectorQuote(string text) => ValueInspector.Quote(text);

    [Fact]
    public void DateTime_rejects_non_strings_and_serializes_dotnet_dates()
    {
        Assert.Equal("DateTime cannot represent value: 12", Assert.Throws<GraphQLCoercionError>(() => DateTime.ParseValue(Element("12"))).Message);
        Assert.Equal("DateTime cannot represent a non-string value: 12", Assert.Throws<GraphQLCoercionError>(() => DateTime.ParseLiteral(Parser.ParseValue("12"))).Message);
        Assert.Equal("2024-01-02T03:04:05Z", DateTime.Serialize(new System.DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
        Assert.Equal("2024-01-02T03:04:05+01:00", DateTime.Serialize(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(1))));
        Assert.Equal("2024-05-01T12:30:00.000Z", DateTime.Serialize(Element("\"2024-05-01T12:30:00.000Z\"")));
        Assert.Equal("DateTime cannot represent value: true", Assert.Throws<GraphQLCoercionError>(() => DateTime.Serialize(true)).Message);
        Assert.Equal("DateTime cannot represent value: {\"a\":1}", Assert.Throws<GraphQLCoercionError>(() => DateTime.Serialize(Element("{\"a\":1}"))).Message);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2024-12-31", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-2-9", false)]
    [InlineData("2024-02-29T00:00:00Z", false)]
    [InlineData("2024-00-10", false)]
    [InlineData("20240101", false)]
    [InlineData("0000-01-01", false)]
    public void Date_accepts_exactly_the_contract_strings(string text, bool valid)
    {
        Assert.Equal(valid, DateScalar.TryParse(text, out _));
        if (valid)
        {
            Assert.Equal(text, Date.Serialize(text));
            Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd"), Date.ParseLiteral(Parser.ParseValue(ValueInspector.Quote(text))));
        }
        else
        {
            Assert.Equal($"Date cannot represent value: {ValueInspector.Quote(text)}", Assert.Throws<GraphQLCoercionError>(() => Date.ParseValue(Element(ValueInspector.Quote(text)))).Message);
        }
    }

    [Fact]
    public void Date_converts_dotnet_dates()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Date.ParseValue(Element("\"2024-02-29\"")));
        Assert.Equal("2024-02-29", Date.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Equal("2024-02-29", Date.Serialize(new DateTimeOffset(2024, 2, 29, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal("Date cannot represent a non-string value: ENUM", Assert.Throws<GraphQLCoercionError>(() => Date.ParseLiteral(Parser.ParseValue("ENUM"))).Message);
        Assert.Equal("Date cannot represent value: 5", Assert.Throws<GraphQLCoercionError>(() => Date.Serialize(5)).Message);
    }

    [Fact]
    public void Json_accepts_any_json_value_and_literal()
    {
        var input = Element("{\"a\":[1,\"b\",null,{\"c\":true}],\"d\":1.5}");
        var parsed = Assert.IsType<JsonElement>(Json.ParseValue(input));
        Assert.Equal(input.GetRawText(), parsed.GetRawText());

        var literal = Assert.IsType<JsonElement>(Json.ParseLiteral(
            Parser.ParseValue("{a: [1, \"b\", null, {c: true}], d: 1.5, e: ENUM_NAME, v: $v}"),
            new Dictionary<string, object?> { ["v"] = Element("[2]") }));
        Assert.Equal("{\"a\":[1,\"b\",null,{\"c\":true}],\"d\":1.5,\"e\":\"ENUM_NAME\",\"v\":[2]}", literal.GetRawText());

        var serialized = Assert.IsType<JsonElement>(Json.Serialize(new Dictionary<string, object?> { ["x"] = new[] { 1, 2 }, ["y"] = "z" }));
        Assert.Equal("{\"x\":[1,2],\"y\":\"z\"}", serialized.GetRawText());
        Assert.Null(Json.Serialize(null));
        Assert.Equal("JSON cannot represent non-finite number: NaN", Assert.Throws<GraphQLCoercionError>(() => Json.Serialize(double.NaN)).Message);
    }

    [Fact]
    public void Custom_scalars_without_an_implementation_pass_values_through()
    {
        var scalar = new GraphQLScalarType("Anything");
        var element = Element("{\"a\":1}");
        Assert.Equal(element, scalar.ParseValue(element));
        Assert.Equal("x", scalar.Serialize("x"));
        var literal = Assert.IsType<Dictionary<string, object?>>(scalar.ParseLiteral(Parser.ParseValue("{a: [1, 2.5, \"s\", E]}")));
        Assert.Equal(new object?[] { 1, 2.5, "s", "E" }, Assert.IsType<List<object?>>(literal["a"]));
    }

    [Fact]
    public void Built_in_scalars_also_accept_plain_dotnet_values()
    {
        Assert.Equal(5, BuiltInScalars.Int.ParseValue(5L));
        Assert.Equal(2.5, BuiltInScalars.Float.ParseValue(2.5m));
        Assert.Equal("7", BuiltInScalars.ID.ParseValue(7));
        Assert.Equal("s", BuiltInScalars.String.ParseValue("s"));
        Assert.Equal(true, BuiltInScalars.Boolean.ParseValue(true));
        Assert.Equal("3", BuiltInScalars.String.Serialize(3));
        Assert.Equal("1.5", BuiltInScalars.String.Serialize(1.5));
        Assert.Equal(1, BuiltInScalars.Int.Serialize(true));
        Assert.Equal("String cannot represent value: { a: 1 }", Assert.Throws<GraphQLCoercionError>(() =>
            BuiltInScalars.String.Serialize(new Dictionary<string, object?> { ["a"] = 1 })).Message);
        Assert.Equal("Int cannot represent non-integer value: NaN", Assert.Throws<GraphQLCoercionError>(() => BuiltInScalars.Int.ParseValue(double.NaN)).Message);
        Assert.Equal("Float cannot represent non numeric value: Infinity", Assert.Throws<GraphQLCoercionError>(() => BuiltInScalars.Float.ParseValue(double.PositiveInfinity)).Message);
    }
}
