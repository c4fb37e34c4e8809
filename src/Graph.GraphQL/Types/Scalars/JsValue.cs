using System.Globalization;
using System.Text.Json;

namespace Graph.GraphQL.Types;

/// <summary>
/// Sees .NET and JSON values the way graphql-js's built-in scalars see JavaScript values: as a number, a string, a
/// boolean, or something else. Keeps the built-in coercions' decisions identical to graphql-js.
/// </summary>
internal static class JsValue
{
    /// <summary>True when the value is a number (any .NET numeric type or a JSON number); gives it as a double.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case double d:
                number = d;
                return true;
            case float f:
                number = f;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case short s:
                number = s;
                return true;
            case byte b:
                number = b;
                return true;
            case sbyte sb:
                number = sb;
                return true;
            case ushort us:
                number = us;
                return true;
            case uint ui:
                number = ui;
                return true;
            case ulong ul:
                number = ul;
                return true;
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                number = JsonNumber(element);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>A JSON number as JavaScript's <c>JSON.parse</c> would read it (overflow becomes an infinity).</summary>
    public static double JsonNumber(JsonElement element) =>
        element.TryGetDouble(out var d) ? d : double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>True when the value is a string (or a JSON string).</summary>
    public static bool TryGetString(object? value, out string text)
    {
        switch (value)
        {
            case string s:
                text = s;
                return true;
            case JsonElement { ValueKind: JsonValueKind.String } element:
                text = element.GetString()!;
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    /// <summary>True when the value is a boolean (or a JSON boolean).</summary>
    public static bool TryGetBoolean(object? value, out bool result)
    {
        switch (value)
        {
            case bool b:
                result = b;
                return true;
            case JsonElement { ValueKind: JsonValueKind.True }:
                result = true;
                return true;
            case JsonElement { ValueKind: JsonValueKind.False }:
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }

    /// <summary>True for an integral value that a double holds exactly (JavaScript's <c>Number.isInteger</c>).</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>JavaScript's <c>Number(string)</c>: trims white space, accepts decimal, hex/octal/binary and Infinity; NaN otherwise.</summary>
    public static double StringToNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        switch (trimmed)
        {
            case "Infinity":
            case "+Infinity":
                return double.PositiveInfinity;
            case "-Infinity":
                return double.NegativeInfinity;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0' && (trimmed[1] | 0x20) is 'x' or 'o' or 'b')
        {
            var radix = (trimmed[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            double result = 0;
            for (var i = 2; i < trimmed.Length; i++)
            {
                var digit = CharValue(trimmed[i]);
                if (digit < 0 || digit >= radix)
                {
                    return double.NaN;
                }

                result = (result * radix) + digit;
            }

            return result;
        }

        foreach (var c in trimmed)
        {
            // double.Parse accepts a few forms JavaScript does not (thousands separators, "NaN", "∞").
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return double.NaN;
            }
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN;
    }

    private static int CharValue(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        var lower = c | 0x20;
        return lower is >= 'a' and <= 'z' ? lower - 'a' + 10 : -1;
    }
}
