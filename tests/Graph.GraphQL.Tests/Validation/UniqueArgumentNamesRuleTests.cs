using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>UniqueArgumentNamesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void AcceptsNoArguments() => ExpectValid(Rule, """
        {
          field
        }
        """);

    [Fact]
    public void AcceptsDistinctArguments() => ExpectValid(Rule, """
        {
          field(arg1: "value", arg2: "value") @directive(arg1: "value", arg2: "value")
        }
        """);

    [Fact]
    public void AcceptsSameArgumentOnDifferentFieldsAndDirectives() => ExpectValid(Rule, """
        {
          one: field(arg1: "value")
          two: field(arg1: "value")
          three: field @directive1(arg1: "value") @directive2(arg1: "value")
        }
        """);

    [Fact]
    public void AcceptsSameArgumentOnFieldAndItsDirective() => ExpectValid(Rule, """
        {
          field(arg1: "value") @directive(arg1: "value")
        }
        """);

    [Fact]
    public void RejectsDuplicateFieldArguments()
    {
        ExpectErrors(
            Rule,
            """
            {
              field(arg1: "value", arg1: "value")
            }
            """,
            Error("There can be only one argument named \"arg1\".", 2, 9, 2, 24));
    }

    [Fact]
    public void RejectsManyDuplicateFieldArguments()
    {
        ExpectErrors(
            Rule,
            """
            {
              field(arg1: "value", arg1: "value", arg1: "value")
              other(a: 1, b: 2, b: 3, a: 4)
            }
            """,
            Error("There can be only one argument named \"arg1\".", 2, 9, 2, 24, 2, 39),
            Error("There can be only one argument named \"a\".", 3, 9, 3, 27),
            Error("There can be only one argument named \"b\".", 3, 15, 3, 21));
    }

    [Fact]
    public void RejectsDuplicateDirectiveArguments()
    {
        ExpectErrors(
            Rule,
            """
            {
              field @directive(arg1: "value", arg1: "value") @other(x: 1, x: 2, x: 3)
            }
            """,
            Error("There can be only one argument named \"arg1\".", 2, 20, 2, 35),
            Error("There can be only one argument named \"x\".", 2, 57, 2, 63, 2, 69));
    }
}
