using System.Text.Json;

namespace Graph.Store.Neo4j.Transport;

/// <summary>The rows one statement returned: the field names and, per row, one value per field.</summary>
public sealed class CypherResult
{
    private readonly Dictionary<string, int> _index;

    public CypherResult(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<CypherValue>> rows)
    {
        Fields = fields;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++) _index.TryAdd(fields[i], i);
        Rows = rows.Select(values => new CypherRow(this, values)).ToArray();
    }

    public static CypherResult Empty { get; } = new([], []);

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<CypherRow> Rows { get; }

    /// <summary>The single row of a statement that always returns one (aggregations); throws when there is none.</summary>
    public CypherRow Single() => Rows.Count == 1
        ? Rows[0]
        : throw new Neo4jProtocolException($"expected exactly one row, got {Rows.Count}");

    internal int IndexOf(string field) => _index.TryGetValue(field, out var i)
        ? i
        : throw new Neo4jProtocolException($"the result has no field '{field}' (fields: {string.Join(", ", Fields)})");
}

/// <summary>One result row; values are looked up by field name.</summary>
public sealed class CypherRow(CypherResult result, IReadOnlyList<CypherValue> values)
{
    public IReadOnlyList<CypherValue> Values { get; } = values;

    public CypherValue this[string field]
    {
        get
        {
            var i = result.IndexOf(field);
            return i < Values.Count ? Values[i] : CypherValue.Null;
        }
    }
}

/// <summary>
/// A value of the Query API's plain JSON result format, read as the type the caller expects. Integers and floats are
/// JSON numbers, strings are strings, lists are arrays and maps are objects; a type mismatch is a protocol error.
/// </summary>
public readonly struct CypherValue(JsonElement element)
{
    public static CypherValue Null { get; } = new(default);

    public JsonElement Element { get; } = element;

    public bool IsNull => Element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public string AsString() => Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Mismatch("a string");

    public string? AsStringOrNull() => IsNull ? null : AsString();

    public long AsInt64()
    {
        if (Element.ValueKind != JsonValueKind.Number) throw Mismatch("an integer");
        if (Element.TryGetInt64(out var value)) return value;
        // Cypher integers may arrive as 3.0 when an expression mixes types; accept whole numbers only.
        var d = Element.GetDouble();
        return d == Math.Floor(d) && d >= long.MinValue && d <= long.MaxValue ? (long)d : throw Mismatch("an integer");
    }

    public int AsInt32() => checked((int)AsInt64());

    public double AsDouble() => Element.ValueKind == JsonValueKind.Number ? Element.GetDouble() : throw Mismatch("a number");

    public bool AsBoolean() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Mismatch("a boolean"),
    };

    public IReadOnlyList<CypherValue> AsList()
    {
        if (IsNull) return [];
        if (Element.ValueKind != JsonValueKind.Array) throw Mismatch("a list");
        var list = new List<CypherValue>(Element.GetArrayLength());
        foreach (var item in Element.EnumerateArray()) list.Add(new CypherValue(item));
        return list;
    }

    public IReadOnlyList<string> AsStringList() => AsList().Select(v => v.AsString()).ToArray();

    /// <summary>A map value (a map projection such as <c>n {.id, .name}</c>).</summary>
    public CypherMap AsMap() => Element.ValueKind == JsonValueKind.Object ? new CypherMap(Element) : throw Mismatch("a map");

    public override string ToString() => Element.ValueKind == JsonValueKind.Undefined ? "null" : Element.GetRawText();

    private Neo4jProtocolException Mismatch(string expected) =>
        new($"expected {expected} but the value is {(Element.ValueKind == JsonValueKind.Undefined ? "missing" : Element.ValueKind.ToString())}");
}

/// <summary>A Cypher map; a missing key reads as null.</summary>
public readonly struct CypherMap(JsonElement element)
{
    public CypherValue this[string key] => element.TryGetProperty(key, out var value) ? new CypherValue(value) : CypherValue.Null;

    public bool Has(string key) => element.TryGetProperty(key, out _);
}
