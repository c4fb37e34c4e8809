using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Reads;

/// <summary>Nodes by id, any number in one statement.</summary>
internal static class NodeReads
{
    private static readonly string ByIds = $"""
        WITH {IdResolution.ResolvedIds}
        SELECT r.qid, {NodeColumns.Select}
        FROM r JOIN nodes n ON n.id = r.id LEFT JOIN documents d ON d.id = n.id
        """;

    /// <summary>Nodes keyed by the queried id (a merged id maps to its survivor); unknown ids are absent.</summary>
    public static async Task<Dictionary<string, Node>> GetAsync(SqlContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var rows = await db.ListAsync(ByIds, r => (Query: r.GetString(0), Node: NodeColumns.Read(r, 1)), ct,
            ("@ids", SqlContext.Json(ids.Where(i => i is not null)))).ConfigureAwait(false);
        var result = new Dictionary<string, Node>(rows.Count, StringComparer.Ordinal);
        foreach (var (query, node) in rows) result[query] = node;
        return result;
    }

    public static async Task<Node?> GetOneAsync(SqlContext db, string id, CancellationToken ct) =>
        (await GetAsync(db, [id], ct).ConfigureAwait(false)).GetValueOrDefault(id);

    /// <summary>Which of these exact ids (no redirect) are nodes, with their kind and name.</summary>
    public static async Task<Dictionary<string, (NodeKind Kind, string Name)>> ExistingAsync(SqlContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var rows = await db.ListAsync(
            "SELECT n.id, n.kind, n.name FROM json_each(@ids) j JOIN nodes n ON n.id = j.value",
            r => (Id: r.GetString(0), Kind: (NodeKind)r.GetInt32(1), Name: r.GetString(2)), ct,
            ("@ids", SqlContext.Json(ids.Distinct()))).ConfigureAwait(false);
        return rows.ToDictionary(x => x.Id, x => (x.Kind, x.Name), StringComparer.Ordinal);
    }
}
