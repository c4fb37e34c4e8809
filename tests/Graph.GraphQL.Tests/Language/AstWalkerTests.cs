using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Tests.Language;

public class AstWalkerTests
{
    private sealed class Recorder : AstWalker
    {
        public List<string> Events { get; } = new();

        public Func<Node, bool> SkipWhen { get; init; } = _ => false;

        public Func<Node, bool> StopWhen { get; init; } = _ => false;

        public List<int> Depths { get; } = new();

        protected override bool Enter(Node node)
        {
            Events.Add("enter " + Describe(node));
            Depths.Add(Ancestors.Count);
            if (StopWhen(node))
            {
                Stop();
            }

            return !SkipWhen(node);
        }

        protected override void Leave(Node node) => Events.Add("leave " + Describe(node));

        private static string Describe(Node node) => node is Name name ? $"Name({name.Value})" : node.Kind.ToString();
    }

    [Fact]
    public void Visits_children_in_graphql_js_order_with_enter_and_leave()
    {
        var recorder = new Recorder();
        recorder.Walk(Parser.Parse("{ b: a(x: 1) @d }"));
        Assert.Equal(new[]
        {
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field",
            "enter Name(b)", "leave Name(b)", "enter Name(a)", "leave Name(a)",
            "enter Argument", "enter Name(x)", "leave Name(x)", "enter IntValue", "leave IntValue", "leave Argument",
            "enter Directive", "enter Name(d)", "leave Name(d)", "leave Directive",
            "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
        }, recorder.Events);
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 4, 4, 5, 5, 4, 5 }, recorder.Depths);
    }

    [Fact]
    public void Returning_false_from_enter_skips_children_and_leave()
    {
        var recorder = new Recorder { SkipWhen = n => n is Field };
        recorder.Walk(Parser.Parse("{ a { b } c }"));
        Assert.Equal(new[]
        {
            "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Field",
            "leave SelectionSet", "leave OperationDefinition", "leave Document",
        }, recorder.Events);
    }

    [Fact]
    public void Stop_ends_the_walk()
    {
        var recorder = new Recorder { StopWhen = n => n is Name };
        recorder.Walk(Parser.Parse("{ a b }"));
        Assert.Equal(new[] { "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name(a)" }, recorder.Events);
    }

    [Fact]
    public void Reaches_every_node_of_a_type_system_document()
    {
        var recorder = new Recorder();
        recorder.Walk(Parser.Parse("""
            schema @a { query: Q } extend schema @b
            "d" scalar S @c extend scalar S @c
            type T implements I @d { f("x" a: [Int!] = [1] @e): T @f } extend type T implements J @g { h: Int }
            interface I implements K { f: Int } extend interface I { g: Int }
            union U = A | B extend union U = C
            enum E { A @h } extend enum E { B }
            input In { a: Int = 1 } extend input In { b: Int }
            directive @x(a: Int) on FIELD
            """));
        var kinds = recorder.Events.Where(e => e.StartsWith("enter ", StringComparison.Ordinal)).Select(e => e[6..]).ToHashSet();
        foreach (var kind in new[]
                 {
                     "SchemaDefinition", "OperationTypeDefinition", "SchemaExtension", "ScalarTypeDefinition", "ScalarTypeExtension",
                     "ObjectTypeDefinition", "FieldDefinition", "InputValueDefinition", "ListType", "NonNullType", "NamedType",
                     "ListValue", "ObjectTypeExtension", "InterfaceTypeDefinition", "InterfaceTypeExtension", "UnionTypeDefinition",
                     "UnionTypeExtension", "EnumTypeDefinition", "EnumValueDefinition", "EnumTypeExtension",
                     "InputObjectTypeDefinition", "InputObjectTypeExtension", "DirectiveDefinition", "Directive", "StringValue",
                     "Name(FIELD)", "Name(K)", "Name(C)",
                 })
        {
            Assert.Contains(kind, kinds);
        }

        Assert.Equal(
            recorder.Events.Count(e => e.StartsWith("enter ", StringComparison.Ordinal)),
            recorder.Events.Count(e => e.StartsWith("leave ", StringComparison.Ordinal)));
    }
}
