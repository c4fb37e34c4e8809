using System.Globalization;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>The built-in <c>ID</c>: serialized as a string; accepts strings and integers as input. Internal value: <see cref="string"/>.</summary>
public sealed class IdScalar : GraphQLScalarType
{
    /// <summary>The graphql-js description of ID.</summary>
    public const string DefaultDescription =
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";

    internal IdScalar()
        : base("ID", DefaultDescription)
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedScalar => true;

    /// <summary>Accepts strings, integers (and Guids); returns a string.</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case int i:
                return i.ToString(CultureInfo.InvariantCulture);
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case Guid g:
                return g.ToString();
        }

        if (JsValue.TryGetString(value, out var text))
        {
            return text;
        }

        if (JsValue.TryGetNumber(value, out var number) && JsValue.IsInteger(number))
        {
            return JsNumber.Format(number);
        }

        throw new GraphQLCoercionError($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Accepts strings and integers; returns a string.</summary>
    public override object? ParseValue(object? value)
    {
        if (JsValue.TryGetString(value, out var text))
        {
            return text;
        }

        if (value is int i)
        {
            return i.ToString(CultureInfo.InvariantCulture);
        }

        if (value is long l)
        {
            return l.ToString(CultureInfo.InvariantCulture);
        }

        if (JsValue.TryGetNumber(value, out var number) && JsValue.IsInteger(number))
        {
            return JsNumber.Format(number);
        }

        throw new GraphQLCoercionError($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Accepts string and integer literals.</summary>
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) => node switch
    {
        StringValue s => s.Value,
        IntValue i => i.Value,
        _ => throw new GraphQLCoercionError(
            $"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}", node),
    };
}
