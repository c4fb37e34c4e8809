using System.Text.Json;
using Graph.GraphQL.Language;
using Graph.GraphQL.Tests.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

/// <summary>
/// Replays scalar-cases.json, recorded from graphql-js 16 by Fixtures/generate-scalar-cases.mjs: serialize,
/// parseValue (on JSON inputs) and parseLiteral of Int, Float, String, Boolean and ID give the same value or fail
/// with the same message.
/// </summary>
public class ScalarConformanceTests
{
    private static readonly JsonElement[] Cases =
        FixtureFile.Load("Types/Fixtures/scalar-cases.json").EnumerateArray().ToArray();

    public static IEnumerable<object[]> CaseIndexes() => Enumerable.Range(0, Cases.Length).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Matches_graphql_js(int index)
    {
        var testCase = Cases[index];
        var scalar = BuiltInScalars.GetSpecified(testCase.GetProperty("scalar").GetString()!)!;
        var input = testCase.GetProperty("input").GetString()!;
        Func<object?> operation = testCase.GetProperty("operation").GetString() switch
        {
            "serialize" => () => scalar.Serialize(JsonDocument.Parse(input).RootElement.Clone()),
            "parseValue" => () => scalar.ParseValue(JsonDocument.Parse(input).RootElement.Clone()),
            _ => () => scalar.ParseLiteral(Parser.ParseValue(input)),
        };

        if (testCase.GetProperty("ok").GetBoolean())
        {
            var expected = testCase.GetProperty("value");
            var actual = operation();
            switch (expected.ValueKind)
            {
                case JsonValueKind.Number:
                    Assert.True(actual is int or double, $"expected a number, got {actual?.GetType().Name}");
                    Assert.Equal(expected.GetDouble(), Convert.ToDouble(actual));
                    if (scalar.Name == "Int")
                    {
                        Assert.IsType<int>(actual);
                    }

                    break;
                case JsonValueKind.String:
                    Assert.Equal(expected.GetString(), Assert.IsType<string>(actual));
                    break;
                case JsonValueKind.True:
                case JsonValueKind.False:
                    Assert.Equal(expected.GetBoolean(), Assert.IsType<bool>(actual));
                    break;
                default:
                    Assert.Fail($"Unexpected expected value {expected}.");
                    break;
            }
        }
        else
        {
            var error = Assert.Throws<GraphQLCoercionError>(operation);
            Assert.Equal(testCase.GetProperty("message").GetString(), error.Message);
        }
    }
}
