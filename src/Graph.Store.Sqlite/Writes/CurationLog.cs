using Graph.Model;
using Graph.Store.Sqlite.Data;

namespace Graph.Store.Sqlite.Writes;

/// <summary>Appends who curated what, when and why.</summary>
internal static class CurationLog
{
    public static Task AppendAsync(SqlContext db, CurationAction action, string target, string? other, string? value, Curation curation, DateTimeOffset at, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO curations(action, target_id, other_id, value, actor, reason, at)
            VALUES (@action, @target, @other, @value, @actor, @reason, @at)
            """, ct,
            ("@action", (int)action), ("@target", target), ("@other", other), ("@value", value),
            ("@actor", curation.Actor), ("@reason", curation.Reason), ("@at", at.UtcTicks));
}
