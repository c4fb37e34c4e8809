using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Data;

/// <summary>
/// Reader connections, opened on demand, configured once and kept for reuse (bounded number kept idle).
/// Readers never write: each one is opened with <c>query_only</c>.
/// </summary>
internal sealed class ConnectionPool(string connectionString, string readerPragmas, int maxIdle) : IDisposable
{
    private readonly ConcurrentBag<PooledConnection> _idle = [];
    private volatile bool _disposed;

    public async ValueTask<PooledConnection> RentAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var pooled)) return pooled;
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = readerPragmas;
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return new PooledConnection(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Return(PooledConnection connection)
    {
        if (_disposed || _idle.Count >= maxIdle || connection.Connection.State != System.Data.ConnectionState.Open)
        {
            connection.Dispose();
            return;
        }
        _idle.Add(connection);
        if (_disposed && _idle.TryTake(out var late)) late.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection)) connection.Dispose();
    }
}
