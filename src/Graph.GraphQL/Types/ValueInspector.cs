using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Graph.GraphQL.Types;

/// <summary>
/// Renders any value for an error message the way graphql-js's <c>inspect</c> does: strings JSON-quoted, numbers as
/// JavaScript prints them, objects as <c>{ key: value }</c>, arrays as <c>[a, b]</c>, nesting cut off after two levels.
/// Accepts plain .NET values and <see cref="JsonElement"/>s.
/// </summary>
public static class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>Renders <paramref name="value"/>.</summary>
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Format(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>Quotes a string as <c>JSON.stringify</c> does.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendQuoted(builder, text);
        return builder.ToString();
    }

    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || (char.IsSurrogate(c) && !IsPairAt(text, i)))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            builder.Append(text[++i]);
                        }
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static bool IsPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static void Format(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                AppendQuoted(builder, s);
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case double d:
                builder.Append(JsNumber.Format(d));
                return;
            case float f:
                builder.Append(JsNumber.Format(f));
                return;
            case decimal m:
                builder.Append(JsNumber.Format((double)m));
                return;
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case char ch:
                AppendQuoted(builder, ch.ToString());
                return;
            case JsonElement element:
                FormatJson(builder, element, depth);
                return;
            case DateTimeOffset dto:
                builder.Append(dto.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture));
                return;
            case DateTime dt:
                builder.Append(dt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture));
                return;
            case DateOnly date:
                builder.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return;
            case Enum e:
                builder.Append(e.ToString());
                return;
            case IReadOnlyDictionary<string, object?> map:
                FormatEntries(builder, map.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).ToList(), depth);
                return;
            case IDictionary<string, object?> dictionary:
                FormatEntries(builder, dictionary.ToList(), depth);
                return;
            case IDictionary legacy:
                FormatEntries(builder, legacy.Cast<DictionaryEntry>()
                    .Select(e => new KeyValuePair<string, object?>(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? "", e.Value))
                    .ToList(), depth);
                return;
            case IEnumerable sequence:
                FormatArray(builder, sequence.Cast<object?>().ToList(), depth);
                return;
            default:
                FormatEntries(builder, value.GetType()
                    .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                    .Select(p => new KeyValuePair<string, object?>(p.Name, SafeGet(p, value)))
                    .ToList(), depth, value.GetType().Name);
                return;
        }
    }

    private static object? SafeGet(PropertyInfo property, object target)
    {
        try
        {
            return property.GetValue(target);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    private static void FormatEntries(StringBuilder builder, List<KeyValuePair<string, object?>> entries, int depth, string tag = "Object")
    {
        if (entries.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth >= MaxRecursiveDepth)
        {
            builder.Append('[').Append(tag).Append(']');
            return;
        }

        builder.Append("{ ");
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(entries[i].Key).Append(": ");
            Format(builder, entries[i].Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void FormatArray(StringBuilder builder, List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth >= MaxRecursiveDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var shown = Math.Min(MaxArrayLength, items.Count);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Format(builder, items[i], depth + 1);
        }

        var remaining = items.Count - shown;
        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        builder.Append(']');
    }

    private static void FormatJson(StringBuilder builder, JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                AppendQuoted(builder, element.GetString()!);
                break;
            case JsonValueKind.Number:
                builder.Append(JsNumber.Format(JsValue.JsonNumber(element)));
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Object:
                FormatEntries(builder, element.EnumerateObject()
                    .Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)).ToList(), depth);
                break;
            case JsonValueKind.Array:
                FormatArray(builder, element.EnumerateArray().Select(e => (object?)e).ToList(), depth);
                break;
            default:
                builder.Append("null");
                break;
        }
    }
}
