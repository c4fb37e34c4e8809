using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Reads;

/// <summary>Entities whose name or an alias has the same normalized key as each given name, in one statement.</summary>
internal static class NameLookup
{
    private const int Event = (int)NodeKind.Event;

    private static readonly string Sql = $"""
        WITH q(name, key) AS (SELECT value ->> '$[0]', value ->> '$[1]' FROM json_each(@names)),
        m(name, node_id) AS (SELECT DISTINCT q.name, nm.node_id FROM q JOIN names nm ON nm.key = q.key)
        SELECT m.name, {NodeColumns.Select}
        FROM m JOIN nodes n ON n.id = m.node_id LEFT JOIN documents d ON d.id = n.id
        WHERE n.kind < {Event} AND (@kinds IS NULL OR n.kind IN (SELECT value FROM json_each(@kinds)))
        ORDER BY m.name, n.id
        """;

    public static async Task<Dictionary<string, IReadOnlyList<Entity>>> FindAsync(
        SqlContext db, IEnumerable<string> names, IReadOnlyList<NodeKind>? kinds, CancellationToken ct)
    {
        var pairs = names.Where(n => n is not null).Distinct(StringComparer.Ordinal)
            .Select(n => new[] { n, NameKey.Normalize(n) }).Where(p => p[1].Length > 0).ToList();
        var result = new Dictionary<string, IReadOnlyList<Entity>>(StringComparer.Ordinal);
        if (pairs.Count == 0) return result;
        var rows = await db.ListAsync(Sql, r => (Name: r.GetString(0), Entity: (Entity)NodeColumns.Read(r, 1)), ct,
            ("@names", System.Text.Json.JsonSerializer.Serialize(pairs)),
            ("@kinds", kinds is null ? null : SqlContext.Json(kinds.Select(k => (int)k)))).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(x => x.Name, StringComparer.Ordinal))
        {
            result[group.Key] = group.Select(x => x.Entity).ToList();
        }
        return result;
    }
}
