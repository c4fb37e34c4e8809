using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class AstValuesTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build("""
        type Query { f(a: In, b: [Int], c: Pick, e: E, g: Float, h: ID): Int }
        input In { x: Int = 5, y: String!, z: [In!] }
        input Pick @oneOf { p: Int, q: String }
        enum E { ONE TWO }
        """);

    private static GraphQLType Type(string text) => Schema.GetTypeFromAst(Parser.ParseType(text))!;

    private static (bool Ok, object? Value) Coerce(string literal, string type, Dictionary<string, object?>? variables = null)
    {
        var ok = AstValues.TryValueFromAst(Parser.ParseValue(literal), Type(type), variables, out var value);
        return (ok, value);
    }

    [Fact]
    public void Coerces_input_objects_with_field_defaults()
    {
        var (ok, value) = Coerce("{y: \"s\", z: [{y: \"t\", x: 1}]}", "In");
        Assert.True(ok);
        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(5, map["x"]);
        Assert.Equal("s", map["y"]);
        var nested = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(map["z"])!));
        Assert.Equal(1, nested["x"]);
    }

    [Theory]
    [InlineData("{x: 1}", "In")]
    [InlineData("{y: null}", "In")]
    [InlineData("{y: 1}", "In")]
    [InlineData("null", "Int!")]
    [InlineData("1.5", "Int")]
    [InlineData("THREE", "E")]
    [InlineData("\"ONE\"", "E")]
    [InlineData("[1, \"a\"]", "[Int]")]
    [InlineData("{}", "Pick")]
    [InlineData("{p: 1, q: \"a\"}", "Pick")]
    [InlineData("{p: null}", "Pick")]
    [InlineData("$missing", "Int")]
    [InlineData("$nothing", "Int!")]
    public void Rejects_invalid_literals(string literal, string type)
    {
        var (ok, _) = Coerce(literal, type, new Dictionary<string, object?> { ["nothing"] = null });
        Assert.False(ok);
    }

    [Fact]
    public void Wraps_single_values_in_lists_and_reads_variables()
    {
        Assert.Equal(new List<object?> { 3 }, Coerce("3", "[Int]").Value);
        Assert.Equal(new List<object?> { 1, null, 7 }, Coerce("[1, $gone, $v]", "[Int]", new() { ["v"] = 7 }).Value);
        Assert.Equal("TWO", Coerce("TWO", "E").Value);
        Assert.Equal(new Dictionary<string, object?> { ["q"] = "a" }, Coerce("{q: \"a\"}", "Pick").Value);
        Assert.Null(Coerce("null", "Int").Value);
        Assert.True(Coerce("null", "Int").Ok);
    }

    [Fact]
    public void ValueFromAst_throws_a_clear_error()
    {
        var error = Assert.Throws<GraphQLCoercionError>(() => AstValues.ValueFromAst(Parser.ParseValue("1.5"), BuiltInScalars.Int));
        Assert.Equal("Expected value of type \"Int\", found 1.5.", error.Message);
    }

    [Theory]
    [InlineData("In", "{y: \"s\"}", "{x: 5, y: \"s\"}")]
    [InlineData("[Int]", "[1, 2]", "[1, 2]")]
    [InlineData("[Int]", "1", "[1]")]
    [InlineData("E", "ONE", "ONE")]
    [InlineData("Float", "1.0", "1")]
    [InlineData("Float", "1.5", "1.5")]
    [InlineData("ID", "12", "12")]
    [InlineData("ID", "\"abc\"", "\"abc\"")]
    [InlineData("String", "\"a\\nb\"", "\"a\\nb\"")]
    [InlineData("Int", "null", "null")]
    public void AstFromValue_prints_coerced_values_back_as_graphql_js_does(string type, string literal, string printed)
    {
        var value = AstValues.ValueFromAst(Parser.ParseValue(literal), Type(type));
        Assert.Equal(printed, Printer.Print(AstValues.AstFromValue(value, Type(type))!));
    }

    [Fact]
    public void AstFromValue_refuses_null_for_non_null_types()
    {
        Assert.Null(AstValues.AstFromValue(null, Type("Int!")));
        Assert.IsType<NullValue>(AstValues.AstFromValue(null, Type("Int")));
    }
}
