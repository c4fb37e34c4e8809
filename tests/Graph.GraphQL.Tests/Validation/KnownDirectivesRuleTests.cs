using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>KnownDirectivesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void AcceptsNoDirectives() => ExpectValid(Rule, """
        query Foo {
          dog { name }
        }
        """);

    [Fact]
    public void AcceptsKnownDirectives() => ExpectValid(Rule, """
        {
          dog @include(if: true) {
            name
          }
          human @skip(if: false) {
            name
          }
        }
        """);

    [Fact]
    public void RejectsUnknownDirective()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog @unknown(directive: "value") {
                name
              }
            }
            """,
            Error("Unknown directive \"@unknown\".", 2, 7));
    }

    [Fact]
    public void RejectsManyUnknownDirectives()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog @unknown(directive: "value") {
                name
              }
              human @unknown(directive: "value") {
                name
                pets @unknown(directive: "value") {
                  name
                }
              }
            }
            """,
            Error("Unknown directive \"@unknown\".", 2, 7),
            Error("Unknown directive \"@unknown\".", 5, 9),
            Error("Unknown directive \"@unknown\".", 7, 10));
    }

    [Fact]
    public void AcceptsDirectivesInValidLocations() => ExpectValid(Rule, """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          name @include(if: $var)
          ...Frag @include(if: true) @onFragmentSpread
          skippedField @skip(if: true)
          ... @skip(if: true) @onInlineFragment {
            skippedField
          }
        }
        mutation @onMutation {
          someField
        }
        subscription @onSubscription {
          someField
        }
        fragment Frag on SomeType @onFragmentDefinition {
          someField
        }
        """);

    [Fact]
    public void RejectsDirectivesInInvalidLocations()
    {
        ExpectErrors(
            Rule,
            """
            query ($var: Boolean @onQuery) @onMutation {
              name @onQuery @include(if: $var)
              ...Frag @onQuery
              ... @onQuery {
                skippedField
              }
            }
            mutation @onQuery {
              someField
            }
            subscription @onQuery {
              someField
            }
            fragment Frag on SomeType @onQuery {
              someField
            }
            """,
            Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", 1, 22),
            Error("Directive \"@onMutation\" may not be used on QUERY.", 1, 32),
            Error("Directive \"@onQuery\" may not be used on FIELD.", 2, 8),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", 3, 11),
            Error("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", 4, 7),
            Error("Directive \"@onQuery\" may not be used on MUTATION.", 8, 10),
            Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", 11, 14),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", 14, 27));
    }

    [Fact]
    public void AcceptsDirectiveDefinedInDocument() => ExpectValid(Rule, """
        directive @local on FIELD
        {
          dog @local { name }
        }
        """);

    [Fact]
    public void RejectsDirectivesInSchemaDefinitionsAtWrongLocations()
    {
        ExpectErrors(
            Rule,
            """
            type TypeA @onQuery {
              field(arg: Int @onQuery): String @onQuery
            }
            input InputA @onQuery {
              f: Int @onQuery
            }
            enum EnumA @onQuery {
              A @onQuery
            }
            scalar ScalarA @onQuery
            interface I @onQuery { f: Int }
            union U @onQuery = TypeA
            schema @onQuery { query: TypeA }
            extend type TypeA @onQuery
            directive @d(arg: Int @onQuery) on FIELD
            """,
            Error("Directive \"@onQuery\" may not be used on OBJECT.", 1, 12),
            Error("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", 2, 18),
            Error("Directive \"@onQuery\" may not be used on FIELD_DEFINITION.", 2, 36),
            Error("Directive \"@onQuery\" may not be used on INPUT_OBJECT.", 4, 14),
            Error("Directive \"@onQuery\" may not be used on INPUT_FIELD_DEFINITION.", 5, 10),
            Error("Directive \"@onQuery\" may not be used on ENUM.", 7, 12),
            Error("Directive \"@onQuery\" may not be used on ENUM_VALUE.", 8, 5),
            Error("Directive \"@onQuery\" may not be used on SCALAR.", 10, 16),
            Error("Directive \"@onQuery\" may not be used on INTERFACE.", 11, 13),
            Error("Directive \"@onQuery\" may not be used on UNION.", 12, 9),
            Error("Directive \"@onQuery\" may not be used on SCHEMA.", 13, 8),
            Error("Directive \"@onQuery\" may not be used on OBJECT.", 14, 19),
            Error("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", 15, 23));
    }

    [Fact]
    public void AcceptsDeprecatedAndSpecifiedByInSchemaDefinitions() => ExpectValid(Rule, """
        type TypeA {
          field(arg: Int @deprecated): String @deprecated(reason: "no")
        }
        scalar S @specifiedBy(url: "https://example.com")
        input In @oneOf { a: Int b: Int @deprecated }
        enum E { A @deprecated }
        """);

    [Fact]
    public void RejectsInputFieldDirectiveOnInputExtension()
    {
        ExpectErrors(
            Rule,
            """
            extend input FindDogInput {
              age: Int @deprecated
              size: Int @onQuery
            }
            """,
            Error("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", 3, 13));
    }
}
