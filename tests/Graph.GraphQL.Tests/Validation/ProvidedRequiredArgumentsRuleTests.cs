using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>ProvidedRequiredArgumentsRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void IgnoresUnknownArguments() => ExpectValid(Rule, """
        {
          dog {
            isHouseTrained(unknownArgument: true)
          }
        }
        """);

    [Fact]
    public void AcceptsArgumentsInAnyOrder() => ExpectValid(Rule, """
        {
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
            other: multipleReqs(req2: 2, req1: 1)
          }
        }
        """);

    [Fact]
    public void AcceptsMissingOptionalArguments() => ExpectValid(Rule, """
        {
          dog {
            isHouseTrained
          }
          complicatedArgs {
            multipleOpts
            nonNullFieldWithDefault
            multipleOptAndReq(req1: 3, req2: 4)
          }
        }
        """);

    [Fact]
    public void RejectsMissingRequiredArgument()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """,
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", 3, 5));
    }

    [Fact]
    public void RejectsMissingMultipleRequiredArguments()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                multipleReqs
                multipleOptAndReq(opt1: 1)
              }
            }
            """,
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", 3, 5),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", 3, 5),
            Error("Field \"multipleOptAndReq\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", 4, 5),
            Error("Field \"multipleOptAndReq\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", 4, 5));
    }

    [Fact]
    public void RejectsOneMissingOfMultiple()
    {
        ExpectErrors(
            Rule,
            """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", 3, 5));
    }

    [Fact]
    public void ReportsInnerErrorsFirst()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                owner {
                  pets {
                    ... on Dog { doesKnowCommand }
                  }
                }
                doesKnowCommand
              }
              findPet { name }
            }
            """,
            Error("Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided.", 5, 22),
            Error("Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided.", 8, 5),
            Error("Field \"findPet\" argument \"filter\" of type \"PetFilter!\" is required, but it was not provided.", 10, 3));
    }

    [Fact]
    public void IgnoresUnknownFieldsAndDirectives() => ExpectValid(Rule, """
        {
          unknown { doesKnowCommand }
          dog @unknown { name }
        }
        """);

    [Fact]
    public void AcceptsDirectivesWithArguments() => ExpectValid(Rule, """
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
    public void RejectsDirectivesWithoutRequiredArguments()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog @include {
                name @skip
              }
              cat @withArgs(optional: 2) { name }
            }
            """,
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 2, 7),
            Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 3, 10),
            Error("Directive \"@withArgs\" argument \"required\" of type \"String!\" is required, but it was not provided.", 5, 7));
    }

    [Fact]
    public void RejectsMissingArgumentOfDirectiveDefinedInDocument()
    {
        ExpectErrors(
            Rule,
            """
            directive @local(a: Int!, b: [String!]! = [], c: Int) on FIELD
            {
              dog @local(c: 1) { name }
            }
            """,
            Error("Directive \"@local\" argument \"a\" of type \"Int!\" is required, but it was not provided.", 3, 7));
    }
}
