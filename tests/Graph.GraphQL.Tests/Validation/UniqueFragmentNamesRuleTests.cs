using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>UniqueFragmentNamesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void AcceptsNoFragments() => ExpectValid(Rule, """
        {
          dog { name }
        }
        """);

    [Fact]
    public void AcceptsOneFragment() => ExpectValid(Rule, """
        {
          ...fragA
        }

        fragment fragA on QueryRoot {
          dog { name }
        }
        """);

    [Fact]
    public void AcceptsManyFragments() => ExpectValid(Rule, """
        {
          ...fragA
          ...fragB
          ...fragC
        }
        fragment fragA on QueryRoot { dog { name } }
        fragment fragB on QueryRoot { cat { name } }
        fragment fragC on QueryRoot { pet { name } }
        """);

    [Fact]
    public void AcceptsInlineFragmentsAndFragmentNamedLikeOperation() => ExpectValid(Rule, """
        query Foo {
          ...on QueryRoot { dog { name } }
          ...Foo
        }
        fragment Foo on QueryRoot { dog { name } }
        """);

    [Fact]
    public void RejectsFragmentsWithSameName()
    {
        ExpectErrors(
            Rule,
            """
            {
              ...fragA
            }
            fragment fragA on QueryRoot { dog { name } }
            fragment fragA on QueryRoot { cat { name } }
            """,
            Error("There can be only one fragment named \"fragA\".", 4, 10, 5, 10));
    }

    [Fact]
    public void RejectsFragmentsWithSameNameWithoutSpread()
    {
        ExpectErrors(
            Rule,
            """
            fragment fragA on QueryRoot { dog { name } }
            fragment fragA on QueryRoot { cat { name } }
            fragment fragA on QueryRoot { pet { name } }
            """,
            Error("There can be only one fragment named \"fragA\".", 1, 10, 2, 10),
            Error("There can be only one fragment named \"fragA\".", 1, 10, 3, 10));
    }
}
