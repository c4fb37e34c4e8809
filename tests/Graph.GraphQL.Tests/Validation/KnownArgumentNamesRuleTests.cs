using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>KnownArgumentNamesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void AcceptsSingleArgument() => ExpectValid(Rule, """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void AcceptsMultipleArgumentsInAnyOrder() => ExpectValid(Rule, """
        fragment multipleArgs on ComplicatedArgs {
          multipleReqs(req1: 1, req2: 2)
          other: multipleReqs(req2: 2, req1: 1)
        }
        """);

    [Fact]
    public void AcceptsArgumentsOfUnknownFieldsAndDirectives() => ExpectValid(Rule, """
        fragment argOnUnknownField on Dog {
          unknownField(unknownArg: SIT)
          name @unknownDirective(arg: 1)
        }
        """);

    [Fact]
    public void AcceptsKnownDirectiveArguments() => ExpectValid(Rule, """
        {
          dog @skip(if: true) { name }
          cat @withArgs(required: "x", optional: 2, list: [1]) { name }
        }
        """);

    [Fact]
    public void RejectsUnknownDirectiveArgument()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog @skip(unless: true) { name }
            }
            """,
            Error("Unknown argument \"unless\" on directive \"@skip\".", 2, 13));
    }

    [Fact]
    public void RejectsMisspelledDirectiveArgument()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog @skip(iff: true) { name }
              cat @withArgs(requierd: "x", optinal: 1) { name }
            }
            """,
            Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", 2, 13),
            Error("Unknown argument \"requierd\" on directive \"@withArgs\". Did you mean \"required\"?", 3, 17),
            Error("Unknown argument \"optinal\" on directive \"@withArgs\". Did you mean \"optional\"?", 3, 32));
    }

    [Fact]
    public void RejectsUnknownFieldArgument()
    {
        ExpectErrors(
            Rule,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 2, 19));
    }

    [Fact]
    public void RejectsMisspelledFieldArgument()
    {
        ExpectErrors(
            Rule,
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
              isHouseTrained(atOtherHome: true)
            }
            """,
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", 2, 19),
            Error("Unknown argument \"atOtherHome\" on field \"Dog.isHouseTrained\". Did you mean \"atOtherHomes\"?", 3, 18));
    }

    [Fact]
    public void RejectsUnknownArgumentsAmongKnownOnes()
    {
        ExpectErrors(
            Rule,
            """
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """,
            Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", 2, 19),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 2, 49));
    }

    [Fact]
    public void RejectsUnknownArgumentsDeeply()
    {
        ExpectErrors(
            Rule,
            """
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pet {
                  name
                  doesKnowCommand(unknown: true)
                }
              }
            }
            """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", 3, 21));
    }

    [Fact]
    public void RejectsUnknownArgumentOfDirectiveDefinedInDocument()
    {
        ExpectErrors(
            Rule,
            """
            directive @local(a: Int, b: Int) on FIELD
            { dog @local(a: 1, c: 2) { name } }
            """,
            Error("Unknown argument \"c\" on directive \"@local\". Did you mean \"a\" or \"b\"?", 2, 20));
    }
}
