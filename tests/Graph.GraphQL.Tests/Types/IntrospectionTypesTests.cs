using Graph.GraphQL.Language;
using Graph.GraphQL.Tests.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class IntrospectionTypesTests
{
    [Fact]
    public void Specified_directives_and_introspection_types_print_exactly_as_graphql_js()
    {
        var expected = FixtureFile.Load("Types/Fixtures/introspection-schema.json").GetProperty("printed").GetString();
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        Assert.Equal(expected, SchemaPrinter.PrintIntrospectionSchema(schema));
    }

    [Fact]
    public void Every_schema_contains_the_shared_introspection_types()
    {
        var schema = SchemaBuilder.Build("type Query { a: Int }");
        foreach (var type in IntrospectionTypes.All)
        {
            Assert.Same(type, schema.GetType(type.Name));
            Assert.True(type.IsIntrospectionType);
        }

        Assert.False(schema.GetType("Query")!.IsIntrospectionType);
    }

    [Fact]
    public void Enum_values_stand_for_the_engine_enums()
    {
        Assert.Equal(TypeKind.NonNull, IntrospectionTypes.TypeKindEnum.GetValue("NON_NULL")!.Value);
        Assert.Equal("INPUT_OBJECT", IntrospectionTypes.TypeKindEnum.Serialize(TypeKind.InputObject));
        Assert.Equal(DirectiveLocation.InputFieldDefinition, IntrospectionTypes.DirectiveLocationEnum.GetValue("INPUT_FIELD_DEFINITION")!.Value);
        Assert.Equal("FIELD", IntrospectionTypes.DirectiveLocationEnum.Serialize(DirectiveLocation.Field));
    }

    [Fact]
    public void Meta_fields_are_found_where_the_spec_allows_them()
    {
        var schema = SchemaBuilder.Build("type Query { a: Other u: U } type Other { b: Int } union U = Other");
        var query = schema.QueryType!;
        var other = (GraphQLObjectType)schema.GetType("Other")!;
        var union = schema.GetType("U")!;
        Assert.Same(IntrospectionTypes.SchemaMetaField, schema.GetFieldDefinition(query, "__schema"));
        Assert.Same(IntrospectionTypes.TypeMetaField, schema.GetFieldDefinition(query, "__type"));
        Assert.Same(IntrospectionTypes.TypeNameMetaField, schema.GetFieldDefinition(other, "__typename"));
        Assert.Same(IntrospectionTypes.TypeNameMetaField, schema.GetFieldDefinition(union, "__typename"));
        Assert.Null(schema.GetFieldDefinition(other, "__schema"));
        Assert.Null(schema.GetFieldDefinition(union, "b"));
        Assert.Same(other.GetField("b"), schema.GetFieldDefinition(other, "b"));
        Assert.Equal("String!", IntrospectionTypes.TypeMetaField.GetArgument("name")!.Type.ToString());
    }
}
