using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>MaxIntrospectionDepthRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void AcceptsIntrospectionQuery() => ExpectValid(Rule, """
        query {
          __schema {
            types {
              fields { type { name } }
              interfaces { name }
              possibleTypes { name }
              inputFields { name }
            }
          }
        }
        """);

    [Fact]
    public void AcceptsTwoLevelsOfListFields() => ExpectValid(Rule, """
        {
          __type(name: "Dog") {
            fields {
              type {
                fields { name }
              }
            }
          }
        }
        """);

    [Fact]
    public void RejectsThreeLevelsOfFields()
    {
        ExpectErrors(
            Rule,
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields { name }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            Error("Maximum introspection depth exceeded", 2, 3));
    }

    [Fact]
    public void RejectsDepthReachedThroughFragments()
    {
        ExpectErrors(
            Rule,
            """
            {
              __schema {
                types { ...F1 }
              }
            }
            fragment F1 on __Type {
              fields { type { ...F2 } }
            }
            fragment F2 on __Type {
              interfaces { ...F3 }
            }
            fragment F3 on __Type {
              possibleTypes { name }
            }
            """,
            Error("Maximum introspection depth exceeded", 2, 3));
    }

    [Fact]
    public void RejectsEachRootIndependently()
    {
        ExpectErrors(
            Rule,
            """
            {
              __type(name: "Dog") {
                inputFields { type { inputFields { type { inputFields { name } } } } }
              }
              other: __type(name: "Cat") { name }
            }
            """,
            Error("Maximum introspection depth exceeded", 2, 3));
    }

    [Fact]
    public void AcceptsCyclicFragmentsWithoutDepth() => ExpectValid(Rule, """
        {
          __schema { types { ...A } }
        }
        fragment A on __Type { name ...B }
        fragment B on __Type { name ...A }
        """);

    [Fact]
    public void AcceptsListFieldsOutsideIntrospection() => ExpectValid(Rule, """
        {
          dog { friends { name } }
        }
        """);
}
