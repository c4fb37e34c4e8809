using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c>. Internal value: <see cref="bool"/>.</summary>
public sealed class BooleanScalar : GraphQLScalarType
{
    /// <summary>The graphql-js description of Boolean.</summary>
    public const string DefaultDescription = "The `Boolean` scalar type represents `true` or `false`.";

    internal BooleanScalar()
        : base("Boolean", DefaultDescription)
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedScalar => true;

    /// <summary>Accepts booleans and finite numbers (non-zero is true).</summary>
    public override object? Serialize(object? value)
    {
        if (JsValue.TryGetBoolean(value, out var flag))
        {
            return flag;
        }

        if (JsValue.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new GraphQLCoercionError($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Accepts only booleans.</summary>
    public override object? ParseValue(object? value)
    {
        if (JsValue.TryGetBoolean(value, out var flag))
        {
            return flag;
        }

        throw new GraphQLCoercionError($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Accepts only <c>true</c> and <c>false</c>.</summary>
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (node is BooleanValue literal)
        {
            return literal.Value;
        }

        throw new GraphQLCoercionError($"Boolean cannot represent a non boolean value: {Printer.Print(node)}", node);
    }
}
