using System.Text.Json;

namespace Graph.GraphQL.Types;

/// <summary>Renders a rejected value as JSON text (as <c>JSON.stringify</c> would) for the custom scalars' messages.</summary>
internal static class ScalarText
{
    public static string Json(object? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return ValueInspector.Quote(s);
            case JsonElement element:
                return element.ValueKind == JsonValueKind.String ? ValueInspector.Quote(element.GetString()!) : element.GetRawText();
        }

        try
        {
            return JsonSerializer.Serialize(value, value.GetType());
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            return ValueInspector.Inspect(value);
        }
    }
}
