using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>FragmentsOnCompositeTypesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void AcceptsObjectType() => ExpectValid(Rule, """
        fragment validFragment on Dog {
          barks: barkVolume
        }
        """);

    [Fact]
    public void AcceptsInterfaceType() => ExpectValid(Rule, """
        fragment validFragment on Pet {
          name
        }
        """);

    [Fact]
    public void AcceptsInlineFragmentOnObjectAndInterface() => ExpectValid(Rule, """
        fragment validFragment on Pet {
          ... on Dog {
            barkVolume
          }
          ... on Canine {
            packSize
          }
        }
        """);

    [Fact]
    public void AcceptsInlineFragmentWithoutTypeCondition() => ExpectValid(Rule, """
        fragment validFragment on Pet {
          ... {
            name
          }
        }
        """);

    [Fact]
    public void AcceptsUnionType() => ExpectValid(Rule, """
        fragment validFragment on CatOrDog {
          __typename
        }
        """);

    [Fact]
    public void RejectsScalar()
    {
        ExpectErrors(
            Rule,
            """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", 1, 28));
    }

    [Fact]
    public void RejectsEnum()
    {
        ExpectErrors(
            Rule,
            """
            fragment scalarFragment on FurColor {
              bad
            }
            """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", 1, 28));
    }

    [Fact]
    public void RejectsInputObject()
    {
        ExpectErrors(
            Rule,
            """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
            Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", 1, 27));
    }

    [Fact]
    public void RejectsScalarOnInlineFragment()
    {
        ExpectErrors(
            Rule,
            """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            Error("Fragment cannot condition on non composite type \"String\".", 2, 10));
    }

    [Fact]
    public void IgnoresUnknownTypes() => ExpectValid(Rule, """
        fragment unknownFragment on Unknown {
          name
        }
        """);
}
