using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>UniqueOperationNamesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void AcceptsNoOperations() => ExpectValid(Rule, """
        fragment fragA on Dog {
          name
        }
        """);

    [Fact]
    public void AcceptsOneAnonymousOperation() => ExpectValid(Rule, """
        {
          dog { name }
        }
        """);

    [Fact]
    public void AcceptsMultipleNamedOperations() => ExpectValid(Rule, """
        query Foo {
          dog { name }
        }

        query Bar {
          dog { name }
        }
        """);

    [Fact]
    public void AcceptsFragmentAndOperationWithSameName() => ExpectValid(Rule, """
        query Foo {
          ...Foo
        }

        fragment Foo on QueryRoot {
          dog { name }
        }
        """);

    [Fact]
    public void RejectsTwoQueriesWithSameName()
    {
        ExpectErrors(
            Rule,
            """
            query Foo {
              dog { name }
            }

            query Foo {
              cat { name }
            }
            """,
            Error("There can be only one operation named \"Foo\".", 1, 7, 5, 7));
    }

    [Fact]
    public void RejectsSameNameAcrossOperationTypes()
    {
        ExpectErrors(
            Rule,
            """
            query Foo {
              dog { name }
            }

            mutation Foo {
              renameDog(name: "Rex") { name }
            }

            subscription Foo {
              newDog { name }
            }
            """,
            Error("There can be only one operation named \"Foo\".", 1, 7, 5, 10),
            Error("There can be only one operation named \"Foo\".", 1, 7, 9, 14));
    }

    [Fact]
    public void ReportsEachRepeatAgainstTheFirst()
    {
        ExpectErrors(
            Rule,
            """
            query A { dog { name } }
            query B { dog { name } }
            query A { cat { name } }
            query A { pet { name } }
            """,
            Error("There can be only one operation named \"A\".", 1, 7, 3, 7),
            Error("There can be only one operation named \"A\".", 1, 7, 4, 7));
    }
}
