using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>KnownFragmentNamesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void AcceptsKnownFragments() => ExpectValid(Rule, """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
            }
            ... {
              name
            }
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """);

    [Fact]
    public void RejectsUnknownFragments()
    {
        ExpectErrors(
            Rule,
            """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            Error("Unknown fragment \"UnknownFragment1\".", 3, 8),
            Error("Unknown fragment \"UnknownFragment2\".", 5, 10),
            Error("Unknown fragment \"UnknownFragment3\".", 11, 6));
    }

    [Fact]
    public void RejectsUnknownFragmentOnEveryUse()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog { ...Missing }
              cat { ...Missing }
            }
            """,
            Error("Unknown fragment \"Missing\".", 2, 12),
            Error("Unknown fragment \"Missing\".", 3, 12));
    }

    [Fact]
    public void AcceptsFragmentDefinedAfterUse() => ExpectValid(Rule, """
        { dog { ...DogName } }
        fragment DogName on Dog { name }
        """);

    [Fact]
    public void RejectsSpreadWithDirectiveOfUnknownFragment()
    {
        ExpectErrors(
            Rule,
            """
            { dog { ...Missing @include(if: true) } }
            """,
            Error("Unknown fragment \"Missing\".", 1, 12));
    }

    [Fact]
    public void RejectsUnknownFragmentInsideFragmentDefinition()
    {
        ExpectErrors(
            Rule,
            """
            fragment A on Dog { ...B ...C }
            fragment B on Dog { name }
            """,
            Error("Unknown fragment \"C\".", 1, 29));
    }
}
