using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Tests.Conformance;

/// <summary>
/// The resolver of every field of the conformance schema's <c>Echo</c> type, the twin of
/// tests/conformance/graphql/lib/echo-resolvers.mjs: it returns the field's coerced arguments as a JSON object,
/// object keys sorted ordinally at every depth (README.md, "Echo fields").
/// </summary>
internal static class EchoResolver
{
    public static object? Resolve(ResolveContext context)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteSorted(writer, context.Arguments);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Writes a coerced value as JSON with sorted object keys.</summary>
    public static void WriteSorted(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case DateTimeOffset instant:
                // The corpus only echoes date-times with a non-zero offset, which this format reproduces exactly.
                writer.WriteStringValue(instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Enum member:
                writer.WriteStringValue(member.ToString());
                break;
            case JsonElement element:
                WriteSorted(writer, element);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(writer, map);
                break;
            case IDictionary dictionary:
                WriteObject(writer, dictionary.Cast<DictionaryEntry>()
                    .Select(e => new KeyValuePair<string, object?>(Convert.ToString(e.Key, CultureInfo.InvariantCulture)!, e.Value)));
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException(
                    $"the echo resolver cannot write a coerced value of type {value.GetType().FullName}: {value}");
        }
    }

    private static void WriteSorted(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(writer, element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)));
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> members)
    {
        writer.WriteStartObject();
        foreach (var member in members.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(member.Key);
            WriteSorted(writer, member.Value);
        }

        writer.WriteEndObject();
    }
}
