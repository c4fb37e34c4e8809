using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Reads;

/// <summary>
/// Breadth-first neighbourhood: one statement per depth level returns the new neighbours of the whole frontier
/// (edges followed both ways, sorted by id so that truncation at <c>maxNodes</c> is deterministic); then one
/// statement reads the relations among the nodes found and one reads the nodes.
/// </summary>
internal static class Neighborhood
{
    private const string TypeFilter = "(@types IS NULL OR rel.type IN (SELECT value FROM json_each(@types)))";

    private static readonly string NextLevel = $"""
        WITH f(id) AS (SELECT value FROM json_each(@frontier))
        SELECT nb FROM (
            SELECT rel.to_id AS nb FROM f JOIN relations rel ON rel.from_id = f.id WHERE {TypeFilter}
            UNION
            SELECT rel.from_id AS nb FROM f JOIN relations rel ON rel.to_id = f.id WHERE {TypeFilter})
        WHERE nb NOT IN (SELECT value FROM json_each(@seen))
        ORDER BY nb
        LIMIT @limit
        """;

    // Ids first, from the covering index alone, then the rows: filtering index entries before fetching rows keeps
    // the cost proportional to the relations kept, not to every relation leaving the subgraph.
    private static readonly string Among = $"""
        WITH s(id) AS (SELECT value FROM json_each(@ids)),
        m(id) AS MATERIALIZED (
            SELECT rel.id FROM s JOIN relations rel ON rel.from_id = s.id
            WHERE rel.to_id IN (SELECT id FROM s) AND {TypeFilter})
        SELECT {RelationColumns.Select}
        FROM m JOIN relations rel ON rel.id = m.id
        """;

    public static async Task<Subgraph> GetAsync(SqlContext db, string id, int depth, IReadOnlyList<RelationType>? types, int maxNodes, CancellationToken ct)
    {
        var start = await IdResolution.ResolveOneAsync(db, id, ct).ConfigureAwait(false);
        var typesJson = RelationReads.TypesJson(types);
        var order = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        var truncated = false;
        for (var level = 1; level <= depth && frontier.Count > 0 && !truncated; level++)
        {
            var room = maxNodes - seen.Count;
            var next = await db.ListAsync(NextLevel, r => r.GetString(0), ct,
                ("@frontier", SqlContext.Json(frontier)), ("@seen", SqlContext.Json(seen)),
                ("@types", typesJson), ("@limit", room + 1)).ConfigureAwait(false);
            if (next.Count > room)
            {
                truncated = true;
                next.RemoveRange(room, next.Count - room);
            }
            foreach (var n in next) seen.Add(n);
            order.AddRange(next);
            frontier = next;
        }
        var nodes = await NodeReads.GetAsync(db, order, ct).ConfigureAwait(false);
        if (!nodes.ContainsKey(start)) return new Subgraph([], [], false);
        var relations = order.Count == 1
            ? []
            : (await db.ListAsync(Among, r => RelationColumns.Read(r), ct, ("@ids", SqlContext.Json(order)), ("@types", typesJson)).ConfigureAwait(false))
                .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return new Subgraph(order.Where(nodes.ContainsKey).Select(n => nodes[n]).ToList(), relations, truncated);
    }
}
