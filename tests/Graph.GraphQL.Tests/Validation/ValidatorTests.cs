using System.Text;
using Graph.GraphQL.Language;
using Graph.GraphQL.Validation;
using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>The validator as a whole: all rules in one walk, error order, limits and aborts.</summary>
public sealed class ValidatorTests
{
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public void IntrospectionQueryIsValid()
    {
        var errors = Validator.Validate(Schema, Parser.Parse(IntrospectionQuery));
        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Fact]
    public void SpecifiedRulesFollowGraphQLJsOrder()
    {
        var names = SpecifiedRules.All.Select(r => r.GetType().Name).ToArray();
        Assert.Equal(
            new[]
            {
                "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "SingleFieldSubscriptionsRule",
                "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule", "ScalarLeafsRule",
                "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule",
                "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule", "NoUndefinedVariablesRule",
                "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule",
                "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule",
                "VariablesInAllowedPositionRule", "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule",
                "MaxIntrospectionDepthRule",
            },
            names);
    }

    [Fact]
    public void ReportsErrorsOfAllRulesInGraphQLJsOrder() => ExpectErrorsIn(
        null,
        null,
        """
        query Q($unused: Int, $dog: Dog) {
          dog {
            name(arg: 1) @skip(if: $missing)
            x: name
            x: barkVolume
            ...Unknown
            owner
          }
        }

        fragment Unused on Cat {
          meowVolume
        }
        """,
        Error("Variable \"$dog\" cannot be non-input type \"Dog\".", 1, 29),
        Error("Fields \"x\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 4, 5, 5, 5),
        Error("Unknown argument \"arg\" on field \"Dog.name\".", 3, 10),
        Error("Unknown fragment \"Unknown\".", 6, 8),
        Error("Field \"owner\" of type \"Human\" must have a selection of subfields. Did you mean \"owner { ... }\"?", 7, 5),
        Error("Variable \"$missing\" is not defined by operation \"Q\".", 3, 28, 1, 1),
        Error("Variable \"$unused\" is never used in operation \"Q\".", 1, 9),
        Error("Variable \"$dog\" is never used in operation \"Q\".", 1, 23),
        Error("Fragment \"Unused\" is never used.", 11, 1));

    [Fact]
    public void DescriptionsAreNotValidatedAsValues() => ExpectErrorsIn(
        null,
        null,
        """
        "An operation" query Q("A variable" $v: Int = 1) {
          dog {
            ...F
            isAtLocation(x: $v)
          }
        }

        "A fragment" fragment F on Dog {
          name
        }
        """);

    [Fact]
    public void StopsAtTheErrorLimitWithAFinalError()
    {
        var query = "{ dog { " + string.Join(" ", Enumerable.Range(0, 150).Select(i => "bogus" + i)) + " } }";
        var errors = Validator.Validate(Schema, Parser.Parse(query));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Cannot query field \"bogus99\" on type \"Dog\".", errors[99].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100].Message);
        Assert.Null(errors[100].Locations);
    }

    [Fact]
    public void HonoursACustomErrorLimit()
    {
        var errors = Validator.Validate(Schema, Parser.Parse("{ dog { a b c d } }"), maxErrors: 2);
        Assert.Equal(
            new[]
            {
                "Cannot query field \"a\" on type \"Dog\".",
                "Cannot query field \"b\" on type \"Dog\".",
                Validator.TooManyErrorsMessage,
            },
            errors.Select(e => e.Message));
    }

    [Fact]
    public void DoesNotAddTheLimitErrorWhenExactlyAtTheLimit()
    {
        var errors = Validator.Validate(Schema, Parser.Parse("{ dog { a b } }"), maxErrors: 2);
        Assert.Equal(2, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message == Validator.TooManyErrorsMessage);
    }

    [Fact]
    public void AbortsWhenFieldMergingNeedsTooMuchWork()
    {
        // 1,000 identical fields make half a million pairs, more than the comparison budget allows (as in graphql-js).
        var query = "{ dog { " + string.Join(" ", Enumerable.Repeat("name", 1000)) + " } }";
        var errors = Validator.Validate(Schema, Parser.Parse(query));
        Assert.Equal(new[] { Validator.AbortedMessage }, errors.Select(e => e.Message));
    }

    [Fact]
    public void AbortsWhenFragmentsNeedTooMuchWork()
    {
        // Each fragment spreads the next five times: 60,000 spreads to follow, more than the budget of 50,000.
        var query = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 12000; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Dog {");
            for (var j = 0; j < 5; j++)
            {
                query.Append(" ...F").Append(i + 1);
            }

            query.Append(" }\n");
        }

        query.Append("fragment F12000 on Dog { name }\n");
        var errors = Validator.Validate(Schema, Parser.Parse(query.ToString()), new IValidationRule[] { new NoUnusedFragmentsRule() });
        Assert.Equal(new[] { Validator.AbortedMessage }, errors.Select(e => e.Message));
    }

    [Fact]
    public void AbortsInsteadOfOverflowingTheStackOnLongFragmentChains()
    {
        var query = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 5000; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Dog { ...F").Append(i + 1).Append(" }\n");
        }

        query.Append("fragment F5000 on Dog { name }\n");
        var document = Parser.Parse(query.ToString());
        IReadOnlyList<GraphQLError>? errors = null;
        var thread = new Thread(
            () => errors = Validator.Validate(Schema, document, new IValidationRule[] { new NoFragmentCyclesRule() }),
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(errors);
        Assert.Equal(new[] { Validator.AbortedMessage }, errors!.Select(e => e.Message));
    }

    [Fact]
    public void FollowsLongFragmentChainsWhenTheStackAllows()
    {
        var query = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 200; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Dog { ...F").Append(i + 1).Append(" }\n");
        }

        query.Append("fragment F200 on Dog { ...F0 }\n");
        var errors = Validator.Validate(Schema, Parser.Parse(query.ToString()), new IValidationRule[] { new NoFragmentCyclesRule() });
        var error = Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",", error.Message);
        Assert.Equal(201, error.Locations!.Count);
    }

    [Fact]
    public void HidesSuggestionsWhenAsked()
    {
        var document = Parser.Parse("""
            query ($v: Strin) {
              dog { nam doesKnowCommand(dogCommand: SITT) isHouseTrained(atOtherHome: true) }
              complicatedArgs { complexArgField(complexArg: { requiredField: true, intFeld: 1 }) }
            }
            """);
        Assert.Equal(
            new[]
            {
                "Unknown type \"Strin\". Did you mean \"String\"?",
                "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?",
                "Value \"SITT\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?",
                "Unknown argument \"atOtherHome\" on field \"Dog.isHouseTrained\". Did you mean \"atOtherHomes\"?",
                "Field \"intFeld\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?",
                "Variable \"$v\" is never used.",
            },
            Validator.Validate(Schema, document).Select(e => e.Message));
        Assert.Equal(
            new[]
            {
                "Unknown type \"Strin\".",
                "Cannot query field \"nam\" on type \"Dog\".",
                "Value \"SITT\" does not exist in \"DogCommand\" enum.",
                "Unknown argument \"atOtherHome\" on field \"Dog.isHouseTrained\".",
                "Field \"intFeld\" is not defined by type \"ComplexInput\".",
                "Variable \"$v\" is never used.",
            },
            Validator.Validate(Schema, document, hideSuggestions: true).Select(e => e.Message));
    }

    [Fact]
    public void RunsNoRulesWhenGivenNone()
    {
        var errors = Validator.Validate(Schema, Parser.Parse("{ nope { nope } }"), Array.Empty<IValidationRule>());
        Assert.Empty(errors);
    }

    [Fact]
    public void RunsOneRuleAlone()
    {
        var errors = Validator.Validate(Schema, Parser.Parse("{ nope dog { name } }"), new IValidationRule[] { new ScalarLeafsRule() });
        Assert.Empty(errors);
        errors = Validator.Validate(Schema, Parser.Parse("{ nope dog }"), new IValidationRule[] { new ScalarLeafsRule() });
        Assert.Equal(new[] { "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?" }, errors.Select(e => e.Message));
    }

    [Fact]
    public void RejectsInvalidArguments()
    {
        var document = Parser.Parse("{ dog { name } }");
        Assert.Throws<ArgumentNullException>(() => Validator.Validate(null!, document));
        Assert.Throws<ArgumentNullException>(() => Validator.Validate(Schema, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Validator.Validate(Schema, document, maxErrors: -1));
        Assert.Throws<ArgumentException>(() => Validator.Validate(Schema, document, new IValidationRule[] { null! }));
    }

    [Fact]
    public void SameDocumentValidatesTheSameWayTwice()
    {
        var document = Parser.Parse("query ($a: Int) { dog { x: name x: nickname } ...F } fragment F on QueryRoot { cat { name } }");
        var first = Describe(Validator.Validate(Schema, document));
        var second = Describe(Validator.Validate(Schema, document));
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }
}
