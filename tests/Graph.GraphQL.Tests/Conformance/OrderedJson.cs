using System.Text.Json;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>
/// Compares two JSON values where object member order matters (a GraphQL response's keys follow the selection
/// order). Numbers compare by value, so 1, 1.0 and 1e0 are equal.
/// </summary>
internal static class OrderedJson
{
    /// <summary>Returns null when equal, otherwise where and how the values first differ.</summary>
    public static string? FirstDifference(JsonElement expected, JsonElement actual, string at = "data")
    {
        if (expected.ValueKind != actual.ValueKind && !(IsBoolean(expected) && IsBoolean(actual)))
        {
            return $"{at}: expected {Show(expected)}, got {Show(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedMembers = expected.EnumerateObject().ToList();
                var actualMembers = actual.EnumerateObject().ToList();
                var expectedKeys = string.Join(", ", expectedMembers.Select(m => m.Name));
                var actualKeys = string.Join(", ", actualMembers.Select(m => m.Name));
                if (expectedKeys != actualKeys)
                {
                    return $"{at}: expected keys [{expectedKeys}] in this order, got [{actualKeys}]";
                }

                for (var i = 0; i < expectedMembers.Count; i++)
                {
                    var difference = FirstDifference(expectedMembers[i].Value, actualMembers[i].Value, $"{at}.{expectedMembers[i].Name}");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{at}: expected {expected.GetArrayLength()} items {Show(expected)}, got {actual.GetArrayLength()} {Show(actual)}";
                }

                var index = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    var difference = FirstDifference(e, a, $"{at}[{index++}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Number:
                return SameNumber(expected, actual) ? null : $"{at}: expected {Show(expected)}, got {Show(actual)}";
            case JsonValueKind.String:
                return string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal)
                    ? null
                    : $"{at}: expected {Show(expected)}, got {Show(actual)}";
            case JsonValueKind.True:
            case JsonValueKind.False:
                return expected.ValueKind == actual.ValueKind ? null : $"{at}: expected {Show(expected)}, got {Show(actual)}";
            default:
                return null;
        }
    }

    private static bool IsBoolean(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static bool SameNumber(JsonElement expected, JsonElement actual)
    {
        if (expected.TryGetDecimal(out var e) && actual.TryGetDecimal(out var a))
        {
            return e == a;
        }

        return expected.GetDouble().Equals(actual.GetDouble());
    }

    public static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 300 ? text : text[..300] + "...";
    }
}
