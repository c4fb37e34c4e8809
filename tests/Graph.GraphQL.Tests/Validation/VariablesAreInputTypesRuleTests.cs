using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>VariablesAreInputTypesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void AcceptsScalarsEnumsAndInputObjects() => ExpectValid(Rule, """
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: [[ID]]) {
          dog { name }
        }
        """);

    [Fact]
    public void IgnoresUnknownTypes() => ExpectValid(Rule, """
        query Foo($a: Unknown) {
          dog { name }
        }
        """);

    [Fact]
    public void RejectsObjectInterfaceAndUnionTypes()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              dog { name }
            }
            """,
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", 1, 15),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", 1, 24),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", 1, 44));
    }

    [Fact]
    public void RejectsWrappedObjectType()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: [Human!]) {
              dog { name }
            }
            """,
            Error("Variable \"$a\" cannot be non-input type \"[Human!]\".", 1, 15));
    }

    [Fact]
    public void RejectsObjectTypeInEachOperation()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: Dog) {
              dog { name }
            }

            query Bar($b: Cat!) {
              dog { name }
            }
            """,
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", 1, 15),
            Error("Variable \"$b\" cannot be non-input type \"Cat!\".", 5, 15));
    }

    [Fact]
    public void RejectsIntrospectionObjectTypes()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: __Type, $b: __TypeKind) {
              dog { name }
            }
            """,
            Error("Variable \"$a\" cannot be non-input type \"__Type\".", 1, 15));
    }
}
