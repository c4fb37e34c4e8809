using System.Globalization;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>The built-in <c>String</c>. Internal value: <see cref="string"/>.</summary>
public sealed class StringScalar : GraphQLScalarType
{
    /// <summary>The graphql-js description of String.</summary>
    public const string DefaultDescription =
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";

    internal StringScalar()
        : base("String", DefaultDescription)
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedScalar => true;

    /// <summary>
    /// Accepts strings, booleans and finite numbers (printed as JavaScript prints them), plus the .NET types with an
    /// obvious text form (char, Guid, enums, Uri, dates as ISO 8601).
    /// </summary>
    public override object? Serialize(object? value)
    {
        if (value is string s)
        {
            return s;
        }

        if (JsValue.TryGetString(value, out var text))
        {
            return text;
        }

        if (JsValue.TryGetBoolean(value, out var flag))
        {
            return flag ? "true" : "false";
        }

        switch (value)
        {
            case int i:
                return i.ToString(CultureInfo.InvariantCulture);
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case char c:
                return c.ToString();
            case Guid g:
                return g.ToString();
            case Enum e:
                return e.ToString();
            case Uri uri:
                return uri.ToString();
            case DateTimeOffset dto:
                return DateTimeScalar.Format(dto);
            case DateOnly date:
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (JsValue.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return JsNumber.Format(number);
        }

        throw new GraphQLCoercionError($"String cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Accepts only strings.</summary>
    public override object? ParseValue(object? value)
    {
        if (JsValue.TryGetString(value, out var text))
        {
            return text;
        }

        throw new GraphQLCoercionError($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Accepts only string literals (quoted or block).</summary>
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (node is StringValue literal)
        {
            return literal.Value;
        }

        throw new GraphQLCoercionError($"String cannot represent a non string value: {Printer.Print(node)}", node);
    }
}
