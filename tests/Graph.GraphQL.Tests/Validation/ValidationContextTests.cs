using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Validation;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>The lookups rules get from <see cref="ValidationContext"/>.</summary>
public sealed class ValidationContextTests
{
    private const string Query = """
        query Q($a: Int, $b: Boolean, $c: ComplexInput) {
          dog {
            ...A
            owner { ...B }
            isAtLocation(x: $a)
          }
          ... on QueryRoot { cat { ...C } }
        }

        fragment A on Dog { ...B isHouseTrained(atOtherHomes: $b) }
        fragment B on Human { name ...C }
        fragment C on Cat { name }
        fragment D on Dog { complicatedArgs { complexArgField(complexArg: $c) } }
        """;

    [Fact]
    public void FindsFragmentsByNameLastDefinitionWinning()
    {
        var context = NewContext(Query + "\nfragment A on Dog { name }");
        Assert.Same(context.Document.Definitions[5], context.GetFragment("A"));
        Assert.Same(context.Document.Definitions[3], context.GetFragment("C"));
        Assert.Null(context.GetFragment("Missing"));
    }

    [Fact]
    public void ListsSpreadsOfASelectionSetDepthFirstWithoutFollowingFragments()
    {
        var context = NewContext(Query);
        var operation = (OperationDefinition)context.Document.Definitions[0];
        var spreads = context.GetFragmentSpreads(operation.SelectionSet);

        // Nested selection sets are taken last in, first out, as graphql-js does.
        Assert.Equal(new[] { "C", "A", "B" }, spreads.Select(s => s.Name.Value));
        Assert.Same(spreads, context.GetFragmentSpreads(operation.SelectionSet));
    }

    [Fact]
    public void ListsFragmentsReferencedRecursively()
    {
        var context = NewContext(Query);
        var operation = (OperationDefinition)context.Document.Definitions[0];
        Assert.Equal(new[] { "C", "A", "B" }, context.GetRecursivelyReferencedFragments(operation).Select(f => f.Name.Value));
    }

    [Fact]
    public void ListsVariableUsagesWithExpectedTypes()
    {
        var context = NewContext(Query);
        var operation = (OperationDefinition)context.Document.Definitions[0];
        var usages = context.GetRecursiveVariableUsages(operation);
        Assert.Equal(
            new[] { "a:Int:False", "b:Boolean:True" },
            usages.Select(u => $"{u.Node.Name.Value}:{u.Type}:{u.HasDefaultValue}"));
        var fragmentD = (FragmentDefinition)context.Document.Definitions[4];
        var local = Assert.Single(context.GetVariableUsages(fragmentD));
        Assert.Equal("c", local.Node.Name.Value);
        Assert.Null(local.Type);
    }

    [Fact]
    public void VariableUsagesKnowTheEnclosingInputType()
    {
        var context = NewContext("""
            query ($n: String, $l: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { name: $n })
                stringListArgField(stringListArg: [$l])
              }
            }
            """);
        var usages = context.GetRecursiveVariableUsages((OperationDefinition)context.Document.Definitions[0]);
        Assert.Equal(new[] { "PetFilter", "[String]" }, usages.Select(u => u.ParentType?.ToString()));
    }

    [Fact]
    public void ReportsErrorsThroughTheCallback()
    {
        var errors = new List<GraphQLError>();
        var document = Parser.Parse("{ dog { name } }");
        var context = new ValidationContext(Schema, document, new TypeInfo(Schema), errors.Add);
        context.ReportError(new GraphQLError("custom"));
        Assert.Equal("custom", Assert.Single(errors).Message);
        Assert.Empty(context.Ancestors);
        Assert.Null(context.Parent);
    }

    private static ValidationContext NewContext(string query) =>
        new(Schema, Parser.Parse(query), new TypeInfo(Schema), _ => { });
}
