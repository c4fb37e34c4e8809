using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Reads;

/// <summary>Relations by id and relations of many nodes, each in one statement.</summary>
internal static class RelationReads
{
    private static readonly string ById = $"""
        WITH {IdResolution.ResolvedIds}
        SELECT r.qid, {RelationColumns.Select}
        FROM r JOIN relations rel ON rel.id = r.id
        """;

    private const string TypeFilter = "(@types IS NULL OR rel.type IN (SELECT value FROM json_each(@types)))";

    // Matching ids come from the covering indexes (type filter included) before any row is read.
    private static readonly string OfNodes = $"""
        WITH {IdResolution.ResolvedIds},
        m(qid, id) AS MATERIALIZED (
            SELECT r.qid, rel.id FROM r JOIN relations rel ON rel.from_id = r.id WHERE @outgoing = 1 AND {TypeFilter}
            UNION
            SELECT r.qid, rel.id FROM r JOIN relations rel ON rel.to_id = r.id WHERE @incoming = 1 AND {TypeFilter})
        SELECT m.qid, {RelationColumns.Select}
        FROM m JOIN relations rel ON rel.id = m.id
        ORDER BY m.qid, rel.type, rel.id
        """;

    public static async Task<Dictionary<string, Relation>> GetByIdAsync(SqlContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var rows = await db.ListAsync(ById, r => (Query: r.GetString(0), Relation: RelationColumns.Read(r, 1)), ct,
            ("@ids", SqlContext.Json(ids.Where(i => i is not null)))).ConfigureAwait(false);
        var result = new Dictionary<string, Relation>(rows.Count, StringComparer.Ordinal);
        foreach (var (query, relation) in rows) result[query] = relation;
        return result;
    }

    public static async Task<Dictionary<string, IReadOnlyList<Relation>>> OfNodesAsync(SqlContext db, RelationQuery query, CancellationToken ct)
    {
        var rows = await db.ListAsync(OfNodes, r => (Query: r.GetString(0), Relation: RelationColumns.Read(r, 1)), ct,
            ("@ids", SqlContext.Json(query.NodeIds.Where(i => i is not null))),
            ("@types", TypesJson(query.Types)),
            ("@outgoing", query.Direction is Direction.Outgoing or Direction.Both ? 1 : 0),
            ("@incoming", query.Direction is Direction.Incoming or Direction.Both ? 1 : 0)).ConfigureAwait(false);
        var result = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(x => x.Query, StringComparer.Ordinal))
        {
            result[group.Key] = group.Select(x => x.Relation).ToList();
        }
        return result;
    }

    /// <summary>Null (no filter) or a JSON array of relation type numbers.</summary>
    public static string? TypesJson(IReadOnlyList<RelationType>? types) =>
        types is null ? null : SqlContext.Json(types.Select(t => (int)t));
}
