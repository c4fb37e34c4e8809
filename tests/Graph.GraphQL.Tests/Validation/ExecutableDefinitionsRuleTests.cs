using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>ExecutableDefinitionsRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void AcceptsOnlyOperation() => ExpectValid(Rule, """
        query Foo {
          dog {
            name
          }
        }
        """);

    [Fact]
    public void AcceptsOperationAndFragment() => ExpectValid(Rule, """
        query Foo {
          dog {
            name
            ...Frag
          }
        }

        fragment Frag on Dog {
          name
        }
        """);

    [Fact]
    public void RejectsTypeDefinition()
    {
        ExpectErrors(
            Rule,
            """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """,
            Error("The \"Cow\" definition is not executable.", 7, 1),
            Error("The \"Dog\" definition is not executable.", 11, 1));
    }

    [Fact]
    public void RejectsSchemaDefinitionAndExtension()
    {
        ExpectErrors(
            Rule,
            """
            schema {
              query: QueryRoot
            }

            query Foo {
              dog {
                name
              }
            }

            extend schema @directive
            """,
            Error("The schema definition is not executable.", 1, 1),
            Error("The schema definition is not executable.", 11, 1));
    }

    [Fact]
    public void RejectsDirectiveDefinitionAndOtherDefinitions()
    {
        ExpectErrors(
            Rule,
            """
            directive @cow on FIELD

            scalar Moo

            input Hay { a: Int }

            enum Grass { GREEN }

            union Feed = Dog | Cat

            interface Animal { name: String }

            { dog { name } }
            """,
            Error("The \"cow\" definition is not executable.", 1, 1),
            Error("The \"Moo\" definition is not executable.", 3, 1),
            Error("The \"Hay\" definition is not executable.", 5, 1),
            Error("The \"Grass\" definition is not executable.", 7, 1),
            Error("The \"Feed\" definition is not executable.", 9, 1),
            Error("The \"Animal\" definition is not executable.", 11, 1));
    }

    [Fact]
    public void RejectsExtensionsOfEveryKind()
    {
        ExpectErrors(
            Rule,
            """
            { dog { name } }
            extend scalar DateTime @onField
            extend interface Pet { legs: Int }
            extend union CatOrDog = Human
            extend enum FurColor { WHITE }
            extend input FindDogInput { age: Int }
            """,
            Error("The \"DateTime\" definition is not executable.", 2, 1),
            Error("The \"Pet\" definition is not executable.", 3, 1),
            Error("The \"CatOrDog\" definition is not executable.", 4, 1),
            Error("The \"FurColor\" definition is not executable.", 5, 1),
            Error("The \"FindDogInput\" definition is not executable.", 6, 1));
    }
}
