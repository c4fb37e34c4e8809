using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>NoUndefinedVariablesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void AcceptsAllVariablesDefined() => ExpectValid(Rule, """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void AcceptsVariablesDefinedForDeepAndFragmentUses() => ExpectValid(Rule, """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
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
          field(c: $c)
        }
        """);

    [Fact]
    public void RejectsUndefinedVariables()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            Error("Variable \"$d\" is not defined by operation \"Foo\".", 2, 33, 1, 1));
    }

    [Fact]
    public void RejectsUndefinedVariableInAnonymousOperation()
    {
        ExpectErrors(
            Rule,
            """
            {
              field(a: $a)
            }
            """,
            Error("Variable \"$a\" is not defined.", 2, 12, 1, 1));
    }

    [Fact]
    public void RejectsUndefinedVariablesInDirectivesAndNestedValues()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: String) {
              field(a: [$a, $b], c: {x: $c}) @include(if: $d)
            }
            """,
            Error("Variable \"$b\" is not defined by operation \"Foo\".", 2, 17, 1, 1),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", 2, 29, 1, 1),
            Error("Variable \"$d\" is not defined by operation \"Foo\".", 2, 47, 1, 1));
    }

    [Fact]
    public void RejectsVariableUndefinedThroughFragment()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: String, $b: String) {
              ...FragA
            }
            fragment FragA on Type {
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
              field(c: $c)
            }
            """,
            Error("Variable \"$c\" is not defined by operation \"Foo\".", 15, 12, 1, 1));
    }

    [Fact]
    public void RejectsPerOperationForSharedFragment()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field1(a: $a, b: $b)
              ...FragC
            }
            fragment FragC on Type {
              field2(c: $c)
            }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", 8, 13, 1, 1),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", 12, 13, 1, 1),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", 8, 20, 4, 1),
            Error("Variable \"$c\" is not defined by operation \"Bar\".", 12, 13, 4, 1));
    }

    [Fact]
    public void RejectsSameUndefinedVariableUsedTwice()
    {
        ExpectErrors(
            Rule,
            """
            query Foo {
              field(a: $a) {
                other(a: $a)
              }
            }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", 2, 12, 1, 1),
            Error("Variable \"$a\" is not defined by operation \"Foo\".", 3, 14, 1, 1));
    }

    [Fact]
    public void IgnoresVariablesInUnusedFragments() => ExpectValid(Rule, """
        query Foo($a: String) {
          field(a: $a)
        }
        fragment Unused on Type {
          field(b: $b)
        }
        """);
}
