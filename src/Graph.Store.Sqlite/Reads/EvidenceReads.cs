using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Reads;

/// <summary>Evidence of many facts in one statement.</summary>
internal static class EvidenceReads
{
    private static readonly string ByFacts = $"""
        WITH {IdResolution.ResolvedIds}
        SELECT r.qid, {EvidenceColumns.Select}
        FROM r JOIN evidence e ON e.fact_id = r.id
        ORDER BY r.qid, {EvidenceColumns.Order}
        """;

    public static async Task<Dictionary<string, IReadOnlyList<Evidence>>> GetAsync(SqlContext db, IEnumerable<string> factIds, CancellationToken ct)
    {
        var rows = await db.ListAsync(ByFacts, r => (Query: r.GetString(0), Evidence: EvidenceColumns.Read(r, 1)), ct,
            ("@ids", SqlContext.Json(factIds.Where(i => i is not null)))).ConfigureAwait(false);
        var result = new Dictionary<string, IReadOnlyList<Evidence>>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(x => x.Query, StringComparer.Ordinal))
        {
            result[group.Key] = group.Select(x => x.Evidence).ToList();
        }
        return result;
    }
}
