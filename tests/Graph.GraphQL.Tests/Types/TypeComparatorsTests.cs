using Graph.GraphQL.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class TypeComparatorsTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build("""
        type Query { n: Node }
        interface Node { id: ID }
        interface Named implements Node { id: ID name: String }
        type A implements Node & Named { id: ID name: String }
        type B implements Node { id: ID }
        type C { c: Int }
        union AB = A | B
        union BC = B | C
        union OnlyC = C
        """);

    private static GraphQLType T(string text) => Schema.GetTypeFromAst(Parser.ParseType(text))!;

    private static GraphQLNamedType N(string name) => Schema.GetType(name)!;

    [Theory]
    [InlineData("Int", "Int", true)]
    [InlineData("[Int!]!", "[Int!]!", true)]
    [InlineData("[Int]", "[Int!]", false)]
    [InlineData("Int!", "Int", false)]
    public void Equality_is_structural(string a, string b, bool equal)
    {
        Assert.Equal(equal, TypeComparators.IsEqualType(T(a), T(b)));
        Assert.Equal(equal, T(a).Equals(T(b)));
    }

    [Theory]
    [InlineData("A", "Node", true)]
    [InlineData("A!", "Node", true)]
    [InlineData("A", "Node!", false)]
    [InlineData("[A!]!", "[Node]", true)]
    [InlineData("[A]", "Node", false)]
    [InlineData("A", "[Node]", false)]
    [InlineData("Named", "Node", true)]
    [InlineData("B", "Named", false)]
    [InlineData("A", "AB", true)]
    [InlineData("C", "AB", false)]
    [InlineData("Node", "A", false)]
    public void Subtyping_follows_the_spec(string sub, string super, bool expected)
    {
        Assert.Equal(expected, TypeComparators.IsTypeSubTypeOf(Schema, T(sub), T(super)));
    }

    [Theory]
    [InlineData("AB", "BC", true)]
    [InlineData("AB", "OnlyC", false)]
    [InlineData("Node", "BC", true)]
    [InlineData("Named", "BC", false)]
    [InlineData("A", "Node", true)]
    [InlineData("C", "Node", false)]
    [InlineData("A", "A", true)]
    [InlineData("A", "B", false)]
    public void Overlap_considers_possible_types(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypeComparators.DoTypesOverlap(Schema, N(a), N(b)));
        Assert.Equal(expected, TypeComparators.DoTypesOverlap(Schema, N(b), N(a)));
    }

    [Fact]
    public void Possible_types_and_implementations_are_indexed()
    {
        Assert.Equal(new[] { "A", "B" }, Schema.GetPossibleTypes(N("Node")).Select(t => t.Name));
        Assert.Equal(new[] { "A" }, Schema.GetPossibleTypes(N("Named")).Select(t => t.Name));
        Assert.Equal(new[] { "Named" }, Schema.GetImplementations((GraphQLInterfaceType)N("Node")).Interfaces.Select(t => t.Name));
        Assert.True(Schema.IsSubType(N("Node"), N("Named")));
        Assert.Equal(new[] { "B", "C" }, Schema.GetPossibleTypes(N("BC")).Select(t => t.Name));
    }

    [Fact]
    public void Type_predicates_and_wrappers_behave()
    {
        var type = T("[Node!]!");
        Assert.Equal("[Node!]!", type.ToString());
        Assert.True(type.IsNonNull);
        Assert.True(type.NullableType.IsList);
        Assert.Same(N("Node"), type.NamedType);
        Assert.True(type.IsOutputType);
        Assert.False(type.IsInputType);
        Assert.True(N("Node").IsAbstractType);
        Assert.True(N("AB").IsCompositeType);
        Assert.True(BuiltInScalars.Int.IsLeafType);
        Assert.Same(BuiltInScalars.Int.ListOf(), BuiltInScalars.Int.ListOf());
        Assert.Throws<ArgumentException>(() => BuiltInScalars.Int.NonNull().NonNull());
        Assert.Null(Schema.GetTypeFromAst(Parser.ParseType("[Missing]")));
    }
}
