using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>LoneAnonymousOperationRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

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
    public void AcceptsAnonymousOperationWithFragment() => ExpectValid(Rule, """
        {
          ...Fields
        }

        fragment Fields on QueryRoot {
          dog { name }
        }
        """);

    [Fact]
    public void AcceptsMultipleNamedOperations() => ExpectValid(Rule, """
        query Foo { dog { name } }
        query Bar { cat { name } }
        """);

    [Fact]
    public void RejectsAnonymousOperationBesideNamedOne()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog { name }
            }

            query Foo {
              cat { name }
            }
            """,
            Error("This anonymous operation must be the only defined operation.", 1, 1));
    }

    [Fact]
    public void RejectsEveryAnonymousOperation()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog { name }
            }

            {
              cat { name }
            }
            """,
            Error("This anonymous operation must be the only defined operation.", 1, 1),
            Error("This anonymous operation must be the only defined operation.", 5, 1));
    }

    [Fact]
    public void RejectsAnonymousOperationBesideMutation()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog { name }
            }

            mutation Foo {
              renameDog(name: "Rex") { name }
            }
            """,
            Error("This anonymous operation must be the only defined operation.", 1, 1));
    }

    [Fact]
    public void RejectsAnonymousOperationBesideSubscription()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog { name }
            }

            subscription Foo {
              newDog { name }
            }
            """,
            Error("This anonymous operation must be the only defined operation.", 1, 1));
    }
}
