using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>NoUnusedVariablesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void AcceptsAllVariablesUsed() => ExpectValid(Rule, """
        query ($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void AcceptsVariablesUsedDeeplyAndInFragments() => ExpectValid(Rule, """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field(c: $c) @include(if: true)
        }
        """);

    [Fact]
    public void AcceptsVariableUsedOnlyInDirective() => ExpectValid(Rule, """
        query Foo($skip: Boolean!) {
          field @skip(if: $skip)
        }
        """);

    [Fact]
    public void RejectsUnusedVariable()
    {
        ExpectErrors(
            Rule,
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
            Error("Variable \"$c\" is never used.", 1, 32));
    }

    [Fact]
    public void RejectsUnusedVariablesInNamedOperation()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", 1, 11),
            Error("Variable \"$c\" is never used in operation \"Foo\".", 1, 35));
    }

    [Fact]
    public void RejectsVariableUnusedThroughFragments()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            Error("Variable \"$c\" is never used in operation \"Foo\".", 1, 35));
    }

    [Fact]
    public void RejectsPerOperationForSharedFragment()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($b: String, $a: String) {
              ...FragA
            }
            query Bar($a: String, $b: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            Error("Variable \"$b\" is never used in operation \"Foo\".", 1, 11),
            Error("Variable \"$a\" is never used in operation \"Bar\".", 4, 11));
    }

    [Fact]
    public void RejectsVariableUsedOnlyInUnusedFragment()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: String) {
              field
            }
            fragment Unused on Type {
              field(a: $a)
            }
            """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", 1, 11));
    }

    [Fact]
    public void RejectsVariablesOfEveryOperationSeparately()
    {
        ExpectErrors(
            Rule,
            """
            query A($x: Int) { field(x: $x) }
            query B($x: Int, $y: Int) { field(x: $x) }
            """,
            Error("Variable \"$y\" is never used in operation \"B\".", 2, 18));
    }
}
