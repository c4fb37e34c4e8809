using Graph.Model;
using Graph.Store.Sqlite.Data;

namespace Graph.Store.Sqlite.Writes;

/// <summary>
/// Retracted facts stay hidden for good: writes skip them (and relations touching a retracted node). Retracted
/// relations keep their content so that a later merge can retract their re-keyed form too.
/// </summary>
internal static class Retractions
{
    public static async Task<HashSet<string>> FindAsync(SqlContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var rows = await db.ListAsync("SELECT r.fact_id FROM json_each(@ids) j JOIN retractions r ON r.fact_id = j.value",
            r => r.GetString(0), ct, ("@ids", SqlContext.Json(ids.Distinct()))).ConfigureAwait(false);
        return rows.ToHashSet(StringComparer.Ordinal);
    }

    public static Task AddNodeAsync(SqlContext db, string id, CancellationToken ct) =>
        db.ExecuteAsync("INSERT OR IGNORE INTO retractions(fact_id) VALUES (@id)", ct, ("@id", id));

    public static Task AddRelationAsync(SqlContext db, string id, RelationType type, string from, string to, string? role, CancellationToken ct) =>
        db.ExecuteAsync("INSERT OR IGNORE INTO retractions(fact_id, type, from_id, to_id, role) VALUES (@id, @type, @from, @to, @role)", ct,
            ("@id", id), ("@type", (int)type), ("@from", from), ("@to", to), ("@role", role));
}
