using System.Collections;
using System.Globalization;
using System.Text.Json;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// Conversions between value literals and internal values, as graphql-js's <c>valueFromAST</c>,
/// <c>valueFromASTUntyped</c> and <c>astFromValue</c> do them. Internal values: scalars as their scalar type gives
/// them, enums as <see cref="GraphQLEnumValue.Value"/>, input objects as <c>Dictionary&lt;string, object?&gt;</c>,
/// lists as <c>List&lt;object?&gt;</c>.
/// </summary>
public static class AstValues
{
    /// <summary>
    /// Coerces a literal to <paramref name="type"/>. Returns false when the literal is invalid for the type (a
    /// validated document never gives such literals) or refers to a variable that has no value. Variable values in
    /// <paramref name="variables"/> must already be coerced.
    /// </summary>
    public static bool TryValueFromAst(ValueNode? node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is null)
        {
            return false;
        }

        if (node is Variable variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type.IsNonNull)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is GraphQLNonNull nonNull)
        {
            if (node is NullValue)
            {
                return false;
            }

            return TryValueFromAst(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValue)
        {
            return true;
        }

        switch (type)
        {
            case GraphQLList list:
            {
                var itemType = list.OfType;
                if (node is ListValue listValue)
                {
                    var items = new List<object?>(listValue.Values.Count);
                    foreach (var itemNode in listValue.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (itemType.IsNonNull)
                            {
                                return false;
                            }

                            items.Add(null);
                            continue;
                        }

                        if (!TryValueFromAst(itemNode, itemType, variables, out var item))
                        {
                            return false;
                        }

                        items.Add(item);
                    }

                    value = items;
                    return true;
                }

                if (!TryValueFromAst(node, itemType, variables, out var single))
                {
                    return false;
                }

                value = new List<object?> { single };
                return true;
            }

            case GraphQLInputObjectType inputObject:
            {
                if (node is not ObjectValue objectValue)
                {
                    return false;
                }

                var fieldNodes = new Dictionary<string, ObjectField>(StringComparer.Ordinal);
                foreach (var fieldNode in objectValue.Fields)
                {
                    fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode);
                }

                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefaultValue)
                        {
                            result[field.Name] = field.DefaultValue;
                        }
                        else if (field.Type.IsNonNull)
                        {
                            return false;
                        }

                        continue;
                    }

                    if (!TryValueFromAst(fieldNode.Value, field.Type, variables, out var fieldValue))
                    {
                        return false;
                    }

                    result[field.Name] = fieldValue;
                }

                if (inputObject.IsOneOf && (result.Count != 1 || result.Values.First() is null))
                {
                    return false;
                }

                value = result;
                return true;
            }

            case GraphQLEnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(node);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }

            case GraphQLScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node, variables);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>Like <see cref="TryValueFromAst"/> but throws <see cref="GraphQLCoercionError"/> when the literal is invalid.</summary>
    public static object? ValueFromAst(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (TryValueFromAst(node, type, variables, out var value))
        {
            return value;
        }

        throw new GraphQLCoercionError(
            $"Expected value of type \"{type}\", found {Language.Printer.Print(node)}.", node);
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is Variable variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    /// <summary>
    /// Converts a literal to a plain value without a type: null, int (or long/double when larger), double, string,
    /// bool, enum names as strings, <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c>. Variables
    /// take their value from <paramref name="variables"/> (null when absent).
    /// </summary>
    public static object? ValueFromAstUntyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (node)
        {
            case NullValue:
                return null;
            case IntValue i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
                {
                    return small;
                }

                if (long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large))
                {
                    return large;
                }

                return double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValue f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValue s:
                return s.Value;
            case EnumValue e:
                return e.Value;
            case BooleanValue b:
                return b.Value;
            case ListValue list:
                return list.Values.Select(v => ValueFromAstUntyped(v, variables)).ToList();
            case ObjectValue obj:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    map[field.Name.Value] = ValueFromAstUntyped(field.Value, variables);
                }

                return map;
            case Variable variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
            default:
                throw new ArgumentException($"Unexpected value node {node.Kind}.", nameof(node));
        }
    }

    /// <summary>
    /// Produces a literal for an internal value of <paramref name="type"/> (used to print default values in
    /// introspection and SDL). Returns null when the value cannot be represented (e.g. null for a non-null type).
    /// </summary>
    public static ValueNode? AstFromValue(object? value, GraphQLType type)
    {
        if (type is GraphQLNonNull nonNull)
        {
            var inner = AstFromValue(value, nonNull.OfType);
            return inner is NullValue ? null : inner;
        }

        if (value is null || value is JsonElement { ValueKind: JsonValueKind.Null })
        {
            return new NullValue();
        }

        switch (type)
        {
            case GraphQLList list:
                if (value is IEnumerable sequence and not string and not IDictionary && value is not JsonElement ||
                    value is JsonElement { ValueKind: JsonValueKind.Array })
                {
                    var items = new List<ValueNode>();
                    foreach (var item in value is JsonElement array ? array.EnumerateArray().Cast<object?>() : ((IEnumerable)value).Cast<object?>())
                    {
                        var itemNode = AstFromValue(item, list.OfType);
                        if (itemNode is not null)
                        {
                            items.Add(itemNode);
                        }
                    }

                    return new ListValue { Values = items };
                }

                return AstFromValue(value, list.OfType);

            case GraphQLInputObjectType inputObject:
            {
                var fields = new List<ObjectField>();
                foreach (var field in inputObject.Fields)
                {
                    if (!TryGetMember(value, field.Name, out var fieldValue))
                    {
                        continue;
                    }

                    var fieldNode = AstFromValue(fieldValue, field.Type);
                    if (fieldNode is not null)
                    {
                        fields.Add(new ObjectField { Name = new Name { Value = field.Name }, Value = fieldNode });
                    }
                }

                return new ObjectValue { Fields = fields };
            }

            case GraphQLEnumType enumType:
                return new EnumValue { Value = enumType.Serialize(value) };

            case GraphQLScalarType scalar:
                return LiteralFromSerialized(scalar.Serialize(value), scalar);

            default:
                return null;
        }
    }

    private static bool TryGetMember(object value, string name, out object? member)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out member);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out member);
            case JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty(name, out var property):
                member = property;
                return true;
            default:
                member = null;
                return false;
        }
    }

    private static ValueNode? LiteralFromSerialized(object? serialized, GraphQLScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValue { Value = b };
            case string s:
                if (scalar.Name == "ID" && IsIntegerString(s))
                {
                    return new IntValue { Value = s };
                }

                return new StringValue { Value = s };
            case JsonElement element:
                return LiteralFromJson(element);
        }

        if (JsValue.TryGetNumber(serialized, out var number))
        {
            var text = serialized is int or long or short or byte or uint or ulong
                ? Convert.ToString(serialized, CultureInfo.InvariantCulture)!
                : JsNumber.Format(number);
            return IsIntegerString(text) ? new IntValue { Value = text } : new FloatValue { Value = text };
        }

        throw new GraphQLCoercionError($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}.");
    }

    private static ValueNode LiteralFromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new ObjectValue
        {
            Fields = element.EnumerateObject()
                .Select(p => new ObjectField { Name = new Name { Value = p.Name }, Value = LiteralFromJson(p.Value) })
                .ToList(),
        },
        JsonValueKind.Array => new ListValue { Values = element.EnumerateArray().Select(LiteralFromJson).ToList() },
        JsonValueKind.String => new StringValue { Value = element.GetString()! },
        JsonValueKind.Number => IsIntegerString(element.GetRawText())
            ? new IntValue { Value = element.GetRawText() }
            : new FloatValue { Value = element.GetRawText() },
        JsonValueKind.True => new BooleanValue { Value = true },
        JsonValueKind.False => new BooleanValue { Value = false },
        _ => new NullValue(),
    };

    /// <summary>True for <c>-?(0|[1-9][0-9]*)</c>.</summary>
    private static bool IsIntegerString(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] == '0')
        {
            return i + 1 == text.Length;
        }

        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
