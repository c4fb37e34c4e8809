using System.Text.Json;

namespace Graph.GraphQL.Execution;

/// <summary>Streams the intermediate result tree to JSON, fields in selection order.</summary>
internal static class ResultWriter
{
    /// <summary>Writes an object result and everything below it.</summary>
    public static void WriteObject(Utf8JsonWriter writer, ResultObject result)
    {
        writer.WriteStartObject();
        var fields = result.Plan.Fields;
        var values = result.Values;
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(fields[i].EncodedKey);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, ResultList list)
    {
        writer.WriteStartArray();
        var items = list.Items;
        for (var i = 0; i < items.Length; i++)
        {
            WriteValue(writer, items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one completed value: a nested node or a leaf value already coerced for output.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ResultObject nested:
                WriteObject(writer, nested);
                break;
            case ResultList list:
                WriteList(writer, list);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double real:
                WriteDouble(writer, real);
                break;
            case JsonEncodedText encoded:
                writer.WriteStringValue(encoded);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                JsonValueWriter.Write(writer, value);
                break;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        // Written as JSON.stringify writes them: negative zero as 0, NaN and infinities (which JSON cannot hold) as null.
        if (value == 0)
        {
            writer.WriteNumberValue(0);
        }
        else if (!double.IsFinite(value))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}
