using System.Globalization;
using System.Text;

namespace Graph.GraphQL.Types;

/// <summary>
/// Formats numbers the way JavaScript's <c>Number.prototype.toString()</c> does (shortest round-trip digits,
/// exponent form below 1e-6 and from 1e21), so that messages and <c>String</c> coercion match graphql-js.
/// </summary>
public static class JsNumber
{
    /// <summary>Formats a double as JavaScript would print it.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "Infinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-Infinity";
        }

        if (value == 0)
        {
            return "0"; // JavaScript prints -0 as "0" too
        }

        // "E16" is not shortest; "R" is. Split the shortest form into digits and a decimal exponent.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text[0] == '-';
        if (negative)
        {
            text = text.Substring(1);
        }

        var exponentAt = text.IndexOfAny(new[] { 'E', 'e' });
        var mantissa = exponentAt < 0 ? text : text.Substring(0, exponentAt);
        var exponent = exponentAt < 0 ? 0 : int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var integerDigits = dot < 0 ? mantissa.Length : dot;
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);

        // Normalise: strip leading zeros (e.g. "0.001") and trailing zeros.
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits.Substring(leading);
        var n = integerDigits - leading + exponent; // value = 0.digits * 10^n
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        var k = digits.Length;
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            var e = n - 1;
            builder.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
