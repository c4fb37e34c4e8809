using System.Globalization;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>The built-in <c>Float</c>: a finite IEEE 754 double. Internal value: <see cref="double"/>.</summary>
public sealed class FloatScalar : GraphQLScalarType
{
    /// <summary>The graphql-js description of Float.</summary>
    public const string DefaultDescription =
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";

    internal FloatScalar()
        : base("Float", DefaultDescription)
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedScalar => true;

    /// <summary>Accepts finite numbers, booleans (as 1/0) and numeric strings; NaN and infinities are rejected.</summary>
    public override object? Serialize(object? value)
    {
        if (value is double d && double.IsFinite(d))
        {
            return d;
        }

        if (JsValue.TryGetBoolean(value, out var flag))
        {
            return flag ? 1.0 : 0.0;
        }

        double number;
        if (JsValue.TryGetString(value, out var text) && text.Length > 0)
        {
            number = JsValue.StringToNumber(text);
        }
        else if (!JsValue.TryGetNumber(value, out number))
        {
            throw new GraphQLCoercionError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        if (!double.IsFinite(number))
        {
            throw new GraphQLCoercionError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        return number;
    }

    /// <summary>Accepts only finite numbers.</summary>
    public override object? ParseValue(object? value)
    {
        if (!JsValue.TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw new GraphQLCoercionError($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        return number;
    }

    /// <summary>Accepts integer and float literals.</summary>
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = node switch
        {
            FloatValue f => f.Value,
            IntValue i => i.Value,
            _ => throw new GraphQLCoercionError($"Float cannot represent non numeric value: {Printer.Print(node)}", node),
        };
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
