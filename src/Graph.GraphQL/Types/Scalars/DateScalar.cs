using System.Globalization;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// <c>Date</c>: a calendar date written <c>yyyy-MM-dd</c>. Internal value: <see cref="DateOnly"/>. Valid strings
/// returned by resolvers are passed through unchanged.
/// </summary>
public sealed class DateScalar : GraphQLScalarType
{
    /// <summary>Creates the scalar (the schema builder gives it the description written in SDL).</summary>
    public DateScalar(string? description = null)
        : base("Date", description)
    {
    }

    /// <summary>Parses exactly <c>yyyy-MM-dd</c> naming a real calendar date.</summary>
    public static bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Accepts <see cref="DateOnly"/>, the date part of <see cref="DateTime"/>/<see cref="DateTimeOffset"/>, and valid date strings.</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case DateOnly date:
                return Format(date);
            case DateTime dt:
                return Format(DateOnly.FromDateTime(dt));
            case DateTimeOffset dto:
                return Format(DateOnly.FromDateTime(dto.DateTime));
        }

        if (JsValue.TryGetString(value, out var text) && TryParse(text, out _))
        {
            return text;
        }

        throw Invalid(value, null);
    }

    /// <summary>Accepts a <c>yyyy-MM-dd</c> string.</summary>
    public override object? ParseValue(object? value)
    {
        if (value is DateOnly date)
        {
            return date;
        }

        if (JsValue.TryGetString(value, out var text) && TryParse(text, out var parsed))
        {
            return parsed;
        }

        throw Invalid(value, null);
    }

    /// <summary>Accepts a string literal holding a <c>yyyy-MM-dd</c> date.</summary>
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (node is not StringValue literal)
        {
            throw new GraphQLCoercionError($"Date cannot represent a non-string value: {Printer.Print(node)}", node);
        }

        if (!TryParse(literal.Value, out var parsed))
        {
            throw Invalid(literal.Value, node);
        }

        return parsed;
    }

    private static GraphQLCoercionError Invalid(object? value, Node? node) =>
        new($"Date cannot represent value: {ScalarText.Json(value)}", node);
}
