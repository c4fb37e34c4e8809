using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Tests.Language;

public class ParserTests
{
    [Fact]
    public void Parses_an_operation_into_the_expected_tree_with_locations()
    {
        var source = new Source("query Q($a: Int = 1, $b: [String!]! @v) @op {\n  alias: field(arg: $a, obj: {x: [1, 2.5, \"s\", true, null, ENUM]}) @include(if: true) {\n    ...Frag\n    ... on T { x }\n  }\n}\nfragment Frag on T { z }");
        var document = Parser.Parse(source);
        Assert.Equal(new Location(0, source.Body.Length, source), document.Location);
        var operation = Assert.IsType<OperationDefinition>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal(new[] { "a", "b" }, operation.VariableDefinitions.Select(v => v.Variable.Name.Value));
        Assert.Equal("1", Assert.IsType<IntValue>(operation.VariableDefinitions[0].DefaultValue).Value);
        var listType = Assert.IsType<ListType>(Assert.IsType<NonNullType>(operation.VariableDefinitions[1].Type).Type);
        Assert.Equal("String", Assert.IsType<NonNullType>(listType.Type).GetNamedType().Name.Value);
        Assert.Equal("v", operation.VariableDefinitions[1].Directives.Single().Name.Value);
        Assert.Equal("op", operation.Directives.Single().Name.Value);

        var field = Assert.IsType<Field>(operation.SelectionSet.Selections.Single());
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("field", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(new SourceLocation(2, 3), field.Location.StartLocation);
        Assert.Equal("$a", source.Body[field.Arguments[0].Value.Location.Start..field.Arguments[0].Value.Location.End]);
        var obj = Assert.IsType<ObjectValue>(field.Arguments[1].Value);
        var list = Assert.IsType<ListValue>(obj.Fields.Single().Value);
        Assert.Equal(
            new[] { Kind.IntValue, Kind.FloatValue, Kind.StringValue, Kind.BooleanValue, Kind.NullValue, Kind.EnumValue },
            list.Values.Select(v => v.Kind));
        Assert.Equal(2, field.SelectionSet!.Selections.Count);
        Assert.Equal("Frag", Assert.IsType<FragmentSpread>(field.SelectionSet.Selections[0]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragment>(field.SelectionSet.Selections[1]).TypeCondition!.Name.Value);

        var fragment = Assert.IsType<FragmentDefinition>(document.Definitions[1]);
        Assert.Equal("Frag", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
    }

    [Fact]
    public void Parses_the_shorthand_query()
    {
        var operation = Assert.IsType<OperationDefinition>(Parser.Parse("{ a }").Definitions.Single());
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
    }

    [Fact]
    public void Parses_every_type_system_definition_and_extension()
    {
        var document = Parser.Parse("""
            "schema doc" schema @a { query: Q mutation: M subscription: S }
            extend schema @b { query: Q2 }
            "scalar doc" scalar Date @specifiedBy(url: "u")
            extend scalar Date @c
            type T implements I & J @d { "f doc" f("a doc" a: Int = 1 @e): [T!]! @deprecated }
            extend type T implements K { g: Int }
            interface I implements J { f: Int }
            extend interface I @f
            union U @g = A | B
            extend union U = C
            enum E { A "b doc" B @deprecated(reason: "x") }
            extend enum E { C }
            input In @oneOf { a: Int = 1, b: String }
            extend input In { c: Int }
            "dir doc" directive @dir(a: Int) repeatable on FIELD | OBJECT
            """);
        Assert.Equal(
            new[]
            {
                Kind.SchemaDefinition, Kind.SchemaExtension, Kind.ScalarTypeDefinition, Kind.ScalarTypeExtension,
                Kind.ObjectTypeDefinition, Kind.ObjectTypeExtension, Kind.InterfaceTypeDefinition, Kind.InterfaceTypeExtension,
                Kind.UnionTypeDefinition, Kind.UnionTypeExtension, Kind.EnumTypeDefinition, Kind.EnumTypeExtension,
                Kind.InputObjectTypeDefinition, Kind.InputObjectTypeExtension, Kind.DirectiveDefinition,
            },
            document.Definitions.Select(d => d.Kind));

        var schema = (SchemaDefinition)document.Definitions[0];
        Assert.Equal("schema doc", schema.Description!.Value);
        Assert.Equal(new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription }, schema.OperationTypes.Select(o => o.Operation));
        var type = (ObjectTypeDefinition)document.Definitions[4];
        Assert.Equal(new[] { "I", "J" }, type.Interfaces.Select(i => i.Name.Value));
        var field = type.Fields.Single();
        Assert.Equal("f doc", field.Description!.Value);
        Assert.Equal("a doc", field.Arguments.Single().Description!.Value);
        Assert.Equal("[T!]!", Printer.Print(field.Type));
        var union = (UnionTypeDefinition)document.Definitions[8];
        Assert.Equal(new[] { "A", "B" }, union.Types.Select(t => t.Name.Value));
        var enumType = (EnumTypeDefinition)document.Definitions[10];
        Assert.Equal("b doc", enumType.Values[1].Description!.Value);
        var input = (InputObjectTypeDefinition)document.Definitions[12];
        Assert.Equal("oneOf", input.Directives.Single().Name.Value);
        var directive = (DirectiveDefinition)document.Definitions[14];
        Assert.True(directive.Repeatable);
        Assert.Equal(new[] { "FIELD", "OBJECT" }, directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Keeps_descriptions_on_executable_definitions_like_graphql_js_16()
    {
        var document = Parser.Parse("\"op doc\" query Q(\"var doc\" $a: Int) { a } \"frag doc\" fragment F on T { a }");
        var operation = (OperationDefinition)document.Definitions[0];
        Assert.Equal("op doc", operation.Description!.Value);
        Assert.Equal("var doc", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag doc", ((FragmentDefinition)document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void Error_messages_and_locations_point_at_the_offending_token()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a(b: 1 }"));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal(new SourceLocation(1, 10), error.Location);

        error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("query Q {\n  a\n"));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Equal(new SourceLocation(3, 1), error.Location);

        error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("query Q($a: Int = $b) { a }"));
        Assert.Equal("Syntax Error: Unexpected variable \"$b\" in constant value.", error.Message);

        error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("enum E { null }"));
        Assert.Equal("Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", error.Message);

        error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("fragment on on T { a }"));
        Assert.Equal("Syntax Error: Unexpected Name \"on\".", error.Message);
    }

    [Fact]
    public void Parses_standalone_values_and_types()
    {
        Assert.Equal("[1, $v]", Printer.Print(Parser.ParseValue("[1, $v]")));
        Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseConstValue("[1, $v]"));
        Assert.Equal("{a: \"x\"}", Printer.Print(Parser.ParseConstValue("{a: \"x\"}")));
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[[Int!]]!")));
    }

    [Fact]
    public void Syntax_errors_are_graphql_errors_with_one_location()
    {
        GraphQLError error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{"));
        Assert.Equal(new[] { new SourceLocation(1, 2) }, error.Locations);
        Assert.Null(error.Path);
    }
}
