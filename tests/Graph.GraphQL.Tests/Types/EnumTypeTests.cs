using System.Text.Json;
using Graph.GraphQL.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class EnumTypeTests
{
    private enum Color
    {
        Red,
        Green,
    }

    private static GraphQLEnumType BuildColor()
    {
        var resolvers = new ResolverMap().AddEnumValues("Color", new Dictionary<string, object> { ["RED"] = Color.Red, ["GREEN"] = Color.Green });
        var schema = SchemaBuilder.Build("enum Color { RED GREEN BLUE } type Query { c: Color }", resolvers);
        return (GraphQLEnumType)schema.GetType("Color")!;
    }

    [Fact]
    public void Maps_names_to_internal_values_both_ways()
    {
        var color = BuildColor();
        Assert.Equal(Color.Red, color.ParseValue(JsonDocument.Parse("\"RED\"").RootElement));
        Assert.Equal(Color.Green, color.ParseLiteral(Parser.ParseValue("GREEN")));
        Assert.Equal("BLUE", color.ParseLiteral(Parser.ParseValue("BLUE")));
        Assert.Equal("RED", color.Serialize(Color.Red));
        Assert.Equal("BLUE", color.Serialize("BLUE"));
    }

    [Fact]
    public void Reports_bad_values_with_graphql_js_messages_and_suggestions()
    {
        var color = BuildColor();
        Assert.Equal("Value \"REDD\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?",
            Assert.Throws<GraphQLCoercionError>(() => color.ParseValue("REDD")).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-string value: 1.",
            Assert.Throws<GraphQLCoercionError>(() => color.ParseValue(1)).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert.Throws<GraphQLCoercionError>(() => color.ParseLiteral(Parser.ParseValue("\"RED\""))).Message);
        Assert.Equal("Value \"green\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?",
            Assert.Throws<GraphQLCoercionError>(() => color.ParseLiteral(Parser.ParseValue("green"))).Message);
        Assert.Equal("Enum \"Color\" cannot represent value: \"PURPLE\"",
            Assert.Throws<GraphQLCoercionError>(() => color.Serialize("PURPLE")).Message);
    }
}
