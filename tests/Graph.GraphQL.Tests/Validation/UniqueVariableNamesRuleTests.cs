using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>UniqueVariableNamesRule: documents it accepts and rejects, with graphql-js 16's messages and locations.</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void AcceptsUniqueVariableNames() => ExpectValid(Rule, """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void AcceptsNoVariables() => ExpectValid(Rule, """
        { __typename }
        """);

    [Fact]
    public void RejectsDuplicateVariableNames()
    {
        ExpectErrors(
            Rule,
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $y: Int, $x: Int) { __typename }
            query C($y: Int, $z: Int, $z: Int, $y: Int) { __typename }
            """,
            Error("There can be only one variable named \"$x\".", 1, 10, 1, 19, 1, 28),
            Error("There can be only one variable named \"$x\".", 2, 10, 2, 31),
            Error("There can be only one variable named \"$y\".", 3, 10, 3, 37),
            Error("There can be only one variable named \"$z\".", 3, 19, 3, 28));
    }

    [Fact]
    public void RejectsDuplicatesWithDifferentTypes()
    {
        ExpectErrors(
            Rule,
            """
            query Q($a: Int!, $a: [Int]) { __typename }
            """,
            Error("There can be only one variable named \"$a\".", 1, 10, 1, 20));
    }

    [Fact]
    public void RejectsDuplicatesInMutation()
    {
        ExpectErrors(
            Rule,
            """
            mutation M($name: String!, $name: String!) {
              renameDog(name: $name) { name }
            }
            """,
            Error("There can be only one variable named \"$name\".", 1, 13, 1, 29));
    }

    [Fact]
    public void AcceptsSameNamesInDifferentOperations() => ExpectValid(Rule, """
        query A($x: Int) { __typename }
        query B($x: Int) { __typename }
        subscription C($x: Int) { __typename }
        """);
}
