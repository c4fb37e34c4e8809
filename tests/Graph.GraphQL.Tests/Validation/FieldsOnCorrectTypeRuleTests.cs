using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>FieldsOnCorrectTypeRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void AcceptsObjectFieldSelection() => ExpectValid(Rule, """
        fragment objectFieldSelection on Dog {
          __typename
          name
        }
        """);

    [Fact]
    public void AcceptsAliasedAndInterfaceFields() => ExpectValid(Rule, """
        fragment aliasedObjectFieldSelection on Dog {
          tn: __typename
          otherName: name
        }

        fragment interfaceFieldSelection on Pet {
          __typename
          name
        }
        """);

    [Fact]
    public void AcceptsTypenameOnUnionAndMetaFieldsOnQuery() => ExpectValid(Rule, """
        {
          catOrDog { __typename }
          __schema { queryType { name } }
          __type(name: "Dog") { name }
          __typename
        }
        """);

    [Fact]
    public void RejectsUnknownFieldOnObject()
    {
        ExpectErrors(
            Rule,
            """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 2, 3));
    }

    [Fact]
    public void RejectsUnknownFieldsDeeply()
    {
        ExpectErrors(
            Rule,
            """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            Error("Cannot query field \"unknown_field\" on type \"Dog\".", 2, 3));
    }

    [Fact]
    public void RejectsUnknownSubfield()
    {
        ExpectErrors(
            Rule,
            """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """,
            Error("Cannot query field \"unknown_field\" on type \"Pet\".", 3, 5));
    }

    [Fact]
    public void RejectsUnknownFieldOnInlineFragment()
    {
        ExpectErrors(
            Rule,
            """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 3, 5));
    }

    [Fact]
    public void RejectsUnknownAliasedField()
    {
        ExpectErrors(
            Rule,
            """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume: mooVolume
            }
            """,
            Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 2, 3));
    }

    [Fact]
    public void SuggestsFieldsOnInterface()
    {
        ExpectErrors(
            Rule,
            """
            fragment notDefinedOnInterface on Pet {
              tailLength
              nickName
            }
            """,
            Error("Cannot query field \"tailLength\" on type \"Pet\".", 2, 3),
            Error("Cannot query field \"nickName\" on type \"Pet\". Did you mean \"nickname\" or \"name\"?", 3, 3));
    }

    [Fact]
    public void SuggestsTypesDefiningTheFieldOnInterface()
    {
        ExpectErrors(
            Rule,
            """
            fragment definedOnImplementorsButNotInterface on Pet {
              barkVolume
              meowVolume
            }
            """,
            Error("Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"?", 2, 3),
            Error("Cannot query field \"meowVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\"?", 3, 3));
    }

    [Fact]
    public void SuggestsTypesOnUnion()
    {
        ExpectErrors(
            Rule,
            """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
              barkVolume
            }
            """,
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", 2, 3),
            Error("Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"?", 3, 3));
    }

    [Fact]
    public void SuggestsInterfacesBeforeObjects()
    {
        ExpectErrors(
            Rule,
            """
            {
              catOrDog {
                packSize
                nickname
              }
              humanOrAlien {
                name
              }
            }
            """,
            Error("Cannot query field \"packSize\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Canine\" or \"Dog\"?", 3, 5),
            Error("Cannot query field \"nickname\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", 4, 5),
            Error("Cannot query field \"name\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Sentient\", \"Alien\", or \"Human\"?", 7, 5));
    }

    [Fact]
    public void RejectsDirectMetaFieldsOnNonQueryTypes()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                __schema { queryType { name } }
                __type(name: "Dog") { name }
              }
            }
            """,
            Error("Cannot query field \"__schema\" on type \"Dog\".", 3, 5),
            Error("Cannot query field \"__type\" on type \"Dog\".", 4, 5));
    }
}
