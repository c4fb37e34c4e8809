using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>NoUnusedFragmentsRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void AcceptsAllFragmentsUsed() => ExpectValid(Rule, """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
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
    public void AcceptsFragmentsUsedByDifferentOperations() => ExpectValid(Rule, """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
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
    public void RejectsUnusedFragments()
    {
        ExpectErrors(
            Rule,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
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
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
            }
            """,
            Error("Fragment \"Unused1\" is never used.", 21, 1),
            Error("Fragment \"Unused2\" is never used.", 24, 1));
    }

    [Fact]
    public void RejectsUnusedFragmentsThatReferenceEachOther()
    {
        ExpectErrors(
            Rule,
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            fragment HumanFields1 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            Error("Fragment \"Unused1\" is never used.", 9, 1),
            Error("Fragment \"Unused2\" is never used.", 13, 1));
    }

    [Fact]
    public void RejectsFragmentWhenOnlyUnknownFragmentsAreUsed()
    {
        ExpectErrors(
            Rule,
            """
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """,
            Error("Fragment \"foo\" is never used.", 6, 1));
    }

    [Fact]
    public void RejectsEveryFragmentWithoutOperations()
    {
        ExpectErrors(
            Rule,
            """
            fragment foo on Human { name }
            fragment bar on Human { ...foo }
            """,
            Error("Fragment \"foo\" is never used.", 1, 1),
            Error("Fragment \"bar\" is never used.", 2, 1));
    }
}
