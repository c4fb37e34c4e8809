using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer. Internal value: <see cref="int"/>.</summary>
public sealed class IntScalar : GraphQLScalarType
{
    /// <summary>The graphql-js description of Int.</summary>
    public const string DefaultDescription =
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";

    internal IntScalar()
        : base("Int", DefaultDescription)
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedScalar => true;

    /// <summary>Accepts integral numbers in range, booleans (as 1/0) and numeric strings; returns an <see cref="int"/>.</summary>
    public override object? Serialize(object? value)
    {
        if (value is int i)
        {
            return i;
        }

        double number;
        if (JsValue.TryGetBoolean(value, out var flag))
        {
            return flag ? 1 : 0;
        }

        if (JsValue.TryGetString(value, out var text) && text.Length > 0)
        {
            number = JsValue.StringToNumber(text);
        }
        else if (!JsValue.TryGetNumber(value, out number))
        {
            throw new GraphQLCoercionError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (!JsValue.IsInteger(number))
        {
            throw new GraphQLCoercionError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new GraphQLCoercionError($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return (int)number;
    }

    /// <summary>Accepts only integral numbers in range (JSON <c>1.0</c> counts as 1).</summary>
    public override object? ParseValue(object? value)
    {
        if (value is int i)
        {
            return i;
        }

        if (!JsValue.TryGetNumber(value, out var number) || !JsValue.IsInteger(number))
        {
            throw new GraphQLCoercionError($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new GraphQLCoercionError($"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(number)}");
        }

        return (int)number;
    }

    /// <summary>Accepts only integer literals in range.</summary>
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (node is not IntValue literal)
        {
            throw new GraphQLCoercionError($"Int cannot represent non-integer value: {Printer.Print(node)}", node);
        }

        if (!int.TryParse(literal.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLCoercionError($"Int cannot represent non 32-bit signed integer value: {literal.Value}", node);
        }

        return result;
    }
}
