using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>KnownTypeNamesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void AcceptsKnownTypes() => ExpectValid(Rule, """
        query Foo($var: String, $required: [Int!]!, $filter: PetFilter) {
          dog {
            ... on Pet { name }
            ...DogFields
          }
        }

        fragment DogFields on Dog {
          name
        }
        """);

    [Fact]
    public void AcceptsIntrospectionTypesInQueries() => ExpectValid(Rule, """
        query {
          __schema {
            types {
              ... on __Type { name }
            }
          }
        }
        """);

    [Fact]
    public void RejectsUnknownTypes()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($var: JumbledUpLetters, $list: [Strin!]) {
              dog {
                name
                ... on Badger { name }
              }
            }

            fragment PetFields on Peat {
              name
            }
            """,
            Error("Unknown type \"JumbledUpLetters\".", 1, 17),
            Error("Unknown type \"Strin\". Did you mean \"String\"?", 1, 43),
            Error("Unknown type \"Badger\".", 4, 12),
            Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", 8, 23));
    }

    [Fact]
    public void SuggestsSimilarTypes()
    {
        ExpectErrors(
            Rule,
            """
            query Foo($a: bolean, $b: Floot, $c: PetFiltr) {
              dog { name }
            }
            """,
            Error("Unknown type \"bolean\". Did you mean \"Boolean\"?", 1, 15),
            Error("Unknown type \"Floot\". Did you mean \"Float\"?", 1, 27),
            Error("Unknown type \"PetFiltr\". Did you mean \"PetFilter\"?", 1, 38));
    }

    [Fact]
    public void IgnoresTypeDefinitionsInTheDocument() => ExpectValid(Rule, """
        query Foo($var: Cow) {
          dog { name }
        }

        type Cow {
          name: String
        }
        """);

    [Fact]
    public void RejectsUnknownTypesInTypeSystemDefinitions()
    {
        ExpectErrors(
            Rule,
            """
            type Query {
              a: Unknown
              b: String
              c: __Schema
            }

            input In {
              x: Inp
            }

            union U = Dog | Dgo
            """,
            Error("Unknown type \"Unknown\".", 2, 6),
            Error("Unknown type \"Inp\". Did you mean \"In\", \"Int\", or \"ID\"?", 8, 6),
            Error("Unknown type \"Dgo\". Did you mean \"Dog\"?", 11, 17));
    }

    [Fact]
    public void AcceptsStandardTypesInTypeSystemDefinitionsOnly() => ExpectValid(Rule, """
        query Foo($a: __Type) {
          dog { name }
        }

        type T {
          s: __Type
        }
        """);
}
