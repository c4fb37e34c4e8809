using Graph.Model;
using Graph.Store.Sqlite.Data;

namespace Graph.Store.Sqlite.Reads;

/// <summary>Counts of nodes by kind, relations, evidence and curations, in one statement.</summary>
internal static class StatsReads
{
    private const string Sql = """
        SELECT 'node', kind, count(*) FROM nodes GROUP BY kind
        UNION ALL SELECT 'relation', 0, count(*) FROM relations
        UNION ALL SELECT 'evidence', 0, count(*) FROM evidence
        UNION ALL SELECT 'curation', 0, count(*) FROM curations
        """;

    public static async Task<GraphStats> GetAsync(SqlContext db, CancellationToken ct)
    {
        var rows = await db.ListAsync(Sql, r => (What: r.GetString(0), Kind: r.GetInt32(1), Count: r.GetInt32(2)), ct).ConfigureAwait(false);
        var nodes = Enum.GetValues<NodeKind>().ToDictionary(k => k, _ => 0);
        int Single(string what) => rows.Where(x => x.What == what).Sum(x => x.Count);
        foreach (var row in rows.Where(x => x.What == "node")) nodes[(NodeKind)row.Kind] = row.Count;
        return new GraphStats(nodes, Single("relation"), Single("evidence"), Single("curation"));
    }
}
