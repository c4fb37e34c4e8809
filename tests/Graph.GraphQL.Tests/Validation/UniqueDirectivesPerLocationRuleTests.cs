using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>UniqueDirectivesPerLocationRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void AcceptsNoDirectives() => ExpectValid(Rule, """
        fragment Test on Type {
          field
        }
        """);

    [Fact]
    public void AcceptsUniqueDirectivesInDifferentLocations() => ExpectValid(Rule, """
        fragment Test on Type @directiveA {
          field @directiveB
        }
        """);

    [Fact]
    public void AcceptsSameDirectiveInDifferentLocations() => ExpectValid(Rule, """
        fragment Test on Type @onFragmentDefinition {
          field @onField
          other @onField
        }
        """);

    [Fact]
    public void AcceptsRepeatableAndUnknownDirectivesRepeated() => ExpectValid(Rule, """
        fragment Test on Type {
          field @repeatable @repeatable
          other @unknown @unknown
        }
        """);

    [Fact]
    public void RejectsDuplicateDirective()
    {
        ExpectErrors(
            Rule,
            """
            fragment Test on Type {
              field @onField @onField
            }
            """,
            Error("The directive \"@onField\" can only be used once at this location.", 2, 9, 2, 18));
    }

    [Fact]
    public void RejectsManyDuplicates()
    {
        ExpectErrors(
            Rule,
            """
            fragment Test on Type {
              field @onField @onField @onField
            }
            """,
            Error("The directive \"@onField\" can only be used once at this location.", 2, 9, 2, 18),
            Error("The directive \"@onField\" can only be used once at this location.", 2, 9, 2, 27));
    }

    [Fact]
    public void RejectsDifferentDuplicatesInOneLocation()
    {
        ExpectErrors(
            Rule,
            """
            fragment Test on Type {
              field @onField @skip(if: true) @onField @skip(if: false)
            }
            """,
            Error("The directive \"@onField\" can only be used once at this location.", 2, 9, 2, 34),
            Error("The directive \"@skip\" can only be used once at this location.", 2, 18, 2, 43));
    }

    [Fact]
    public void RejectsDuplicatesOnManyLocations()
    {
        ExpectErrors(
            Rule,
            """
            query ($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
              ...F @onFragmentSpread @onFragmentSpread
              ... @onInlineFragment @onInlineFragment { field }
            }
            fragment F on Type @onFragmentDefinition @onFragmentDefinition {
              field
            }
            """,
            Error("The directive \"@onQuery\" can only be used once at this location.", 1, 61, 1, 70),
            Error("The directive \"@onVariableDefinition\" can only be used once at this location.", 1, 16, 1, 38),
            Error("The directive \"@onFragmentSpread\" can only be used once at this location.", 2, 8, 2, 26),
            Error("The directive \"@onInlineFragment\" can only be used once at this location.", 3, 7, 3, 25),
            Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", 5, 20, 5, 42));
    }

    [Fact]
    public void RejectsDuplicatesAcrossTypeDefinitionAndExtension()
    {
        ExpectErrors(
            Rule,
            """
            type TypeA @deprecated
            extend type TypeA @deprecated
            scalar S @specifiedBy(url: "a") @specifiedBy(url: "b")
            schema @onQuery { query: TypeA }
            extend schema @onQuery
            """,
            Error("The directive \"@deprecated\" can only be used once at this location.", 1, 12, 2, 19),
            Error("The directive \"@specifiedBy\" can only be used once at this location.", 3, 10, 3, 33),
            Error("The directive \"@onQuery\" can only be used once at this location.", 4, 8, 5, 15));
    }
}
