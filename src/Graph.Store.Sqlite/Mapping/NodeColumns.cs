using System.Text.Json;
using Graph.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Mapping;

/// <summary>
/// The select list that reads a whole node (alias <c>n</c> for nodes, <c>d</c> for a LEFT JOINed documents row):
/// evidence count, aliases and quantities are columns of the node row (kept by triggers), so a node costs one lookup.
/// </summary>
internal static class NodeColumns
{
    public const int Count = 23;

    public static readonly string Select = $"""
        n.id, n.kind, n.name, n.subtype, n.discovered, n.confidence, n.event_type,
        n.t_start, n.t_end, n.t_precision, n.t_inferred, n.t_text, n.summary,
        n.evidence_count, n.aliases, n.quantities,
        d.content_hash, d.publisher, d.author, d.url, d.source_path, d.ingested_at, d.length
        """;

    /// <summary>Reads the node whose columns start at <paramref name="o"/>.</summary>
    public static Node Read(SqliteDataReader r, int o = 0)
    {
        var id = r.GetString(o);
        var kind = (NodeKind)r.GetInt32(o + 1);
        var name = r.GetString(o + 2);
        var time = TimeColumns.Read(r, o + 7);
        var evidenceCount = r.GetInt32(o + 13);
        switch (kind)
        {
            case NodeKind.Event:
                return new Event(id, (EventType)r.GetInt32(o + 6), name, time, ReadQuantities(r, o + 15),
                    r.IsDBNull(o + 12) ? null : r.GetString(o + 12), r.GetDouble(o + 5)) { EvidenceCount = evidenceCount };
            case NodeKind.Document:
                return new DocumentRecord(id, r.GetString(o + 16), name,
                    NullableString(r, o + 17), NullableString(r, o + 18), time, NullableString(r, o + 19), NullableString(r, o + 20),
                    new DateTimeOffset(r.GetInt64(o + 21), TimeSpan.Zero), r.GetInt32(o + 22));
            default:
                return new Entity(id, kind, name, ReadAliases(r, o + 14), NullableString(r, o + 3), r.GetInt32(o + 4) != 0, r.GetDouble(o + 5))
                    { EvidenceCount = evidenceCount };
        }
    }

    public static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static IReadOnlyList<string> ReadAliases(SqliteDataReader r, int i)
    {
        if (r.IsDBNull(i)) return [];
        var text = r.GetString(i);
        if (text == "[]") return [];
        using var json = JsonDocument.Parse(text);
        var list = new List<string>(json.RootElement.GetArrayLength());
        foreach (var item in json.RootElement.EnumerateArray()) list.Add(item.GetString()!);
        return list;
    }

    private static IReadOnlyList<Quantity> ReadQuantities(SqliteDataReader r, int i)
    {
        if (r.IsDBNull(i)) return [];
        var text = r.GetString(i);
        if (text == "[]") return [];
        using var json = JsonDocument.Parse(text);
        var list = new List<Quantity>(json.RootElement.GetArrayLength());
        foreach (var q in json.RootElement.EnumerateArray())
        {
            list.Add(new Quantity(
                q[0].GetDouble(),
                q[1].GetString()!,
                q[2].GetInt32() != 0,
                q[3].ValueKind == JsonValueKind.Null ? null : q[3].GetString(),
                q[4].ValueKind == JsonValueKind.Null ? null : q[4].GetString()));
        }
        return list;
    }
}
