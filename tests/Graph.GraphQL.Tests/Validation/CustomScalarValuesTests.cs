using Graph.GraphQL.Validation.Rules;
using static Graph.GraphQL.Tests.Validation.ValidationHarness;

namespace Graph.GraphQL.Tests.Validation;

/// <summary>
/// Literals of custom scalars are checked by the scalar's own literal parsing (graphql-js's buildSchema would let any
/// literal through; our DateTime is stricter by design).
/// </summary>
public sealed class CustomScalarValuesTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void AcceptsValidDateTimeLiteral() => ExpectValid(Rule, """
        {
          complicatedArgs {
            dateTimeArgField(dateTimeArg: "2024-05-01T12:30:00Z")
          }
        }
        """);

    [Fact]
    public void ReportsTheScalarsOwnErrorAtTheLiteral()
    {
        var errors = Validate(Rule, """
            {
              complicatedArgs {
                a: dateTimeArgField(dateTimeArg: "tomorrow")
                b: dateTimeArgField(dateTimeArg: 20240501)
              }
            }
            """);
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("DateTime cannot represent", errors[0].Message);
        Assert.Contains("\"tomorrow\"", errors[0].Message);
        Assert.Equal(new SourceLocation(3, 38), Assert.Single(errors[0].Locations!));
        Assert.StartsWith("DateTime cannot represent", errors[1].Message);
        Assert.Equal(new SourceLocation(4, 38), Assert.Single(errors[1].Locations!));
    }
}
