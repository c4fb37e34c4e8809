using Graph.Model;
using Graph.Store.Sqlite.Data;
using Microsoft.Extensions.Logging;

namespace Graph.Store.Sqlite.Schema;

/// <summary>
/// Brings the database file to the current schema. The version is kept in <c>PRAGMA user_version</c>; each step
/// runs in its own transaction together with the version bump, so a crash mid-migration leaves the previous version.
/// </summary>
internal static class Migrations
{
    /// <summary>Scripts in order: index 0 takes version 0 to 1, and so on.</summary>
    private static readonly string[] Steps = [SchemaV1.Script, SchemaV2.Script];

    public static int CurrentVersion => Steps.Length;

    public static async Task MigrateAsync(PooledConnection connection, StatementCounter counter, ILogger logger, CancellationToken ct)
    {
        var version = Convert.ToInt32(await new SqlContext(connection, null, counter).ScalarAsync("PRAGMA user_version", ct).ConfigureAwait(false));
        if (version > CurrentVersion)
        {
            throw new StoreUnavailableException(
                $"The database has schema version {version}; this build knows versions up to {CurrentVersion}. Use a newer build.");
        }
        for (var v = version; v < CurrentVersion; v++)
        {
            await using var tx = (Microsoft.Data.Sqlite.SqliteTransaction)await connection.Connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            var db = new SqlContext(connection, tx, counter);
            await db.ExecuteAsync(Steps[v], ct).ConfigureAwait(false);
            // PRAGMA takes no parameters; the version is an integer this code computed.
            await db.ExecuteAsync($"PRAGMA user_version = {v + 1}", ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            logger.LogInformation("Graph store schema migrated to version {Version}", v + 1);
        }
    }
}
