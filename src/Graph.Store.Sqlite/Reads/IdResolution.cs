using Graph.Store.Sqlite.Data;

namespace Graph.Store.Sqlite.Reads;

/// <summary>
/// Merged ids keep resolving to their survivor. Reads put <see cref="ResolvedIds"/> in front of their query;
/// writes resolve their ids with <see cref="ResolveAsync"/> before touching anything.
/// </summary>
internal static class IdResolution
{
    /// <summary>CTE <c>r(qid, id)</c>: each distinct queried id of the JSON parameter <c>@ids</c> and the id it resolves to.</summary>
    public const string ResolvedIds = """
        q(qid) AS (SELECT DISTINCT value FROM json_each(@ids) WHERE type = 'text'),
        r(qid, id) AS (SELECT q.qid, coalesce(rd.survivor_id, q.qid) FROM q LEFT JOIN redirects rd ON rd.merged_id = q.qid)
        """;

    /// <summary>The ids among <paramref name="ids"/> that were merged away, with their survivor.</summary>
    public static async Task<Dictionary<string, string>> ResolveAsync(SqlContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var rows = await db.ListAsync(
            "SELECT rd.merged_id, rd.survivor_id FROM json_each(@ids) j JOIN redirects rd ON rd.merged_id = j.value",
            r => (Merged: r.GetString(0), Survivor: r.GetString(1)), ct, ("@ids", SqlContext.Json(ids.Distinct()))).ConfigureAwait(false);
        return rows.ToDictionary(x => x.Merged, x => x.Survivor, StringComparer.Ordinal);
    }

    public static async Task<string> ResolveOneAsync(SqlContext db, string id, CancellationToken ct) =>
        (string?)await db.ScalarAsync("SELECT survivor_id FROM redirects WHERE merged_id = @id", ct, ("@id", id)).ConfigureAwait(false) ?? id;
}
