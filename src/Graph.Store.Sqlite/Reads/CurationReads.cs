using Graph.Model;
using Graph.Store.Sqlite.Data;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Reads;

/// <summary>The curation log, oldest first; optionally those naming one id (or its survivor) as target or other.</summary>
internal static class CurationReads
{
    private const string Sql = """
        WITH t(id) AS (SELECT @target UNION SELECT survivor_id FROM redirects WHERE merged_id = @target)
        SELECT seq, action, target_id, other_id, value, actor, reason, at
        FROM curations
        WHERE @target IS NULL OR target_id IN (SELECT id FROM t) OR other_id IN (SELECT id FROM t)
        ORDER BY seq
        """;

    public static async Task<List<CurationRecord>> GetAsync(SqlContext db, string? targetId, CancellationToken ct) =>
        await db.ListAsync(Sql, Read, ct, ("@target", targetId)).ConfigureAwait(false);

    private static CurationRecord Read(SqliteDataReader r) =>
        new(r.GetInt64(0), (CurationAction)r.GetInt32(1), r.GetString(2),
            r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
            r.GetString(5), r.GetString(6), new DateTimeOffset(r.GetInt64(7), TimeSpan.Zero));
}
