using System.Buffers;
using System.Text.Json;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// <c>JSON</c>: any JSON value. Internal value: a <see cref="JsonElement"/> (inputs) — output accepts a
/// <see cref="JsonElement"/> or any .NET value <see cref="JsonSerializer"/> can write, and always returns a
/// <see cref="JsonElement"/>. Literals map as JSON would: objects, lists, strings, numbers, booleans, null; enum
/// literals become strings.
/// </summary>
public sealed class JsonScalar : GraphQLScalarType
{
    /// <summary>Creates the scalar (the schema builder gives it the description written in SDL).</summary>
    public JsonScalar(string? description = null)
        : base("JSON", description)
    {
    }

    /// <summary>Returns the value as a <see cref="JsonElement"/> (null stays null); non-finite numbers and unserializable values are rejected.</summary>
    public override object? Serialize(object? value) => ToElement(value);

    /// <summary>Accepts any JSON value.</summary>
    public override object? ParseValue(object? value) => ToElement(value);

    /// <summary>Converts a literal (with variables substituted) to a <see cref="JsonElement"/>.</summary>
    public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteLiteral(writer, node, variables);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void WriteLiteral(Utf8JsonWriter writer, ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (node)
        {
            case NullValue:
                writer.WriteNullValue();
                break;
            case IntValue i:
                writer.WriteRawValue(i.Value);
                break;
            case FloatValue f:
                writer.WriteRawValue(f.Value);
                break;
            case StringValue s:
                writer.WriteStringValue(s.Value);
                break;
            case BooleanValue b:
                writer.WriteBooleanValue(b.Value);
                break;
            case EnumValue e:
                writer.WriteStringValue(e.Value);
                break;
            case ListValue list:
                writer.WriteStartArray();
                foreach (var item in list.Values)
                {
                    WriteLiteral(writer, item, variables);
                }

                writer.WriteEndArray();
                break;
            case ObjectValue obj:
                writer.WriteStartObject();
                foreach (var field in obj.Fields)
                {
                    writer.WritePropertyName(field.Name.Value);
                    WriteLiteral(writer, field.Value, variables);
                }

                writer.WriteEndObject();
                break;
            case Variable variable:
                object? value = null;
                variables?.TryGetValue(variable.Name.Value, out value);
                WriteValue(writer, value);
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        if (value is JsonElement element)
        {
            element.WriteTo(writer);
            return;
        }

        JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object));
    }

    private static object? ToElement(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is JsonElement element)
        {
            return element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : element;
        }

        if (value is double d && !double.IsFinite(d) || value is float f && !float.IsFinite(f))
        {
            throw new GraphQLCoercionError($"JSON cannot represent non-finite number: {ValueInspector.Inspect(value)}");
        }

        try
        {
            return JsonSerializer.SerializeToElement(value, value?.GetType() ?? typeof(object));
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException or ArgumentException)
        {
            throw new GraphQLCoercionError($"JSON cannot represent value: {ValueInspector.Inspect(value)}");
        }
    }
}
