using System.Globalization;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an instant written <c>yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)</c> (RFC 3339 with upper-case
/// <c>T</c> and <c>Z</c>, a mandatory offset, a real calendar date and time). Internal value:
/// <see cref="DateTimeOffset"/>. Valid strings returned by resolvers are passed through unchanged; .NET date values
/// are written with their offset, <c>Z</c> for UTC, and without a zero fraction.
/// </summary>
public sealed class DateTimeScalar : GraphQLScalarType
{
    /// <summary>Creates the scalar (the schema builder gives it the description written in SDL).</summary>
    public DateTimeScalar(string? description = null)
        : base("DateTime", description)
    {
    }

    /// <summary>Formats an instant the way this scalar serializes .NET values.</summary>
    public static string Format(DateTimeOffset value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero
            ? text + "Z"
            : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Parses <c>yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)</c>; false for anything else, for impossible dates and
    /// times, and for offsets .NET cannot hold (beyond ±14:00). Fraction digits past the seventh are dropped.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day) ||
            !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        var position = 19;
        long ticks = 0;
        if (text[position] == '.')
        {
            position++;
            var start = position;
            var scale = TimeSpan.TicksPerSecond / 10;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                ticks += (text[position] - '0') * scale;
                scale /= 10;
                position++;
            }

            if (position == start)
            {
                return false;
            }
        }

        TimeSpan offset;
        if (position == text.Length - 1 && text[position] == 'Z')
        {
            offset = TimeSpan.Zero;
        }
        else if (position == text.Length - 6 && text[position] is '+' or '-' && text[position + 3] == ':' &&
                 TryDigits(text, position + 1, 2, out var offsetHours) && TryDigits(text, position + 4, 2, out var offsetMinutes) &&
                 offsetHours <= 23 && offsetMinutes <= 59)
        {
            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (text[position] == '-')
            {
                offset = -offset;
            }

            if (offset > TimeSpan.FromHours(14) || offset < TimeSpan.FromHours(-14))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        try
        {
            value = new DateTimeOffset(local, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // the instant falls outside the range .NET can represent
        }
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    /// <summary>Accepts <see cref="DateTimeOffset"/>, <see cref="DateTime"/> (local or unspecified times are taken as UTC) and valid date-time strings.</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case DateTimeOffset dto:
                return Format(dto);
            case DateTime dt:
                return Format(dt.Kind == DateTimeKind.Local ? new DateTimeOffset(dt) : new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)));
        }

        if (JsValue.TryGetString(value, out var text) && TryParse(text, out _))
        {
            return text;
        }

        throw Invalid(value, null);
    }

    /// <summary>Accepts a date-time string.</summary>
    public override object? ParseValue(object? value)
    {
        if (value is DateTimeOffset dto)
        {
            return dto;
        }

        if (JsValue.TryGetString(value, out var text) && TryParse(text, out var parsed))
        {
            return parsed;
        }

        throw Invalid(value, null);
    }

    /// <summary>Accepts a string literal holding a date-time.</summary>
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (node is not StringValue literal)
        {
            throw new GraphQLCoercionError($"DateTime cannot represent a non-string value: {Printer.Print(node)}", node);
        }

        if (!TryParse(literal.Value, out var parsed))
        {
            throw Invalid(literal.Value, node);
        }

        return parsed;
    }

    private static GraphQLCoercionError Invalid(object? value, Node? node) =>
        new($"DateTime cannot represent value: {ScalarText.Json(value)}", node);
}
