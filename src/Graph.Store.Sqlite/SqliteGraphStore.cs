using System.Runtime.CompilerServices;
using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Reads;
using Graph.Store.Sqlite.Schema;
using Graph.Store.Sqlite.Writes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

[assembly: InternalsVisibleTo("Graph.Store.Tests")]

namespace Graph.Store.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in write-ahead-log mode. Reads run concurrently on pooled reader
/// connections; writes are serialized on one writer connection, each in one transaction, synced before they return.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly SqliteStoreOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConnectionPool _readers;
    private PooledConnection? _writer;
    private volatile bool _initialized;
    private bool _disposed;

    public SqliteGraphStore(SqliteStoreOptions options, ILogger<SqliteGraphStore>? logger = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DataDirectory)) throw new ArgumentException("DataDirectory is required.", nameof(options));
        if (string.IsNullOrWhiteSpace(options.FileName)) throw new ArgumentException("FileName is required.", nameof(options));
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _clock = clock ?? TimeProvider.System;
        _connectionString = ConnectionSettings.ConnectionString(options.DatabasePath);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ReaderMemoryMapBytes, nameof(options.ReaderMemoryMapBytes));
        _readers = new ConnectionPool(_connectionString, ConnectionSettings.ReaderPragmas(options.ReaderMemoryMapBytes), Math.Max(1, options.MaxIdleReaders));
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => _options.DatabasePath;

    /// <summary>Statements sent to SQLite so far (tests prove batching with it).</summary>
    internal StatementCounter Statements { get; } = new();

    /// <summary>Called at each <see cref="WriteStage"/> of a document write; tests throw from it to prove atomicity.</summary>
    internal Action<WriteStage>? FaultHook { get; set; }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (_initialized) return;
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_initialized) return;
            ObjectDisposedException.ThrowIf(_disposed, this);
            Directory.CreateDirectory(Path.GetDirectoryName(_options.DatabasePath)!);
            var writer = await WriterAsync(ct).ConfigureAwait(false);
            await Migrations.MigrateAsync(writer, Statements, _logger, ct).ConfigureAwait(false);
            _initialized = true;
        }
        catch (SqliteException ex)
        {
            DropWriter();
            throw Unavailable(ex);
        }
        catch (IOException ex)
        {
            throw new StoreUnavailableException($"Cannot open the graph database at {_options.DatabasePath}: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new StoreUnavailableException($"Cannot open the graph database at {_options.DatabasePath}: {ex.Message}", ex);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<PooledConnection> WriterAsync(CancellationToken ct)
    {
        if (_writer is not null) return _writer;
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = ConnectionSettings.WriterPragmas;
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return _writer = new PooledConnection(connection);
    }

    private void DropWriter()
    {
        _writer?.Dispose();
        _writer = null;
    }

    private StoreUnavailableException Unavailable(SqliteException ex)
    {
        _logger.LogError(ex, "SQLite error {Code} on {Path}", ex.SqliteErrorCode, _options.DatabasePath);
        return new StoreUnavailableException($"The graph database failed ({ex.SqliteErrorCode}): {ex.Message}", ex);
    }

    /// <summary>Runs a read on a pooled connection; <paramref name="snapshot"/> wraps several statements in one read transaction.</summary>
    private async Task<T> ReadAsync<T>(Func<SqlContext, Task<T>> work, CancellationToken ct, bool snapshot = false)
    {
        await InitializeAsync(ct).ConfigureAwait(false);
        var connection = await RentReaderAsync(ct).ConfigureAwait(false);
        var healthy = false;
        try
        {
            SqliteTransaction? tx = snapshot ? connection.Connection.BeginTransaction(deferred: true) : null;
            try
            {
                var result = await work(new SqlContext(connection, tx, Statements)).ConfigureAwait(false);
                healthy = true;
                return result;
            }
            finally
            {
                tx?.Dispose();
            }
        }
        catch (SqliteException ex)
        {
            throw Unavailable(ex);
        }
        catch (GraphStoreException)
        {
            healthy = true;
            throw;
        }
        finally
        {
            if (healthy) _readers.Return(connection);
            else connection.Dispose();
        }
    }

    private async Task<PooledConnection> RentReaderAsync(CancellationToken ct)
    {
        try
        {
            return await _readers.RentAsync(ct).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw Unavailable(ex);
        }
    }

    /// <summary>Runs a write alone, in one immediate transaction on the writer connection, committed before it returns.</summary>
    private async Task<T> WriteAsync<T>(Func<SqlContext, Task<T>> work, CancellationToken ct)
    {
        await InitializeAsync(ct).ConfigureAwait(false);
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var writer = await WriterAsync(ct).ConfigureAwait(false);
            using var tx = writer.Connection.BeginTransaction(deferred: false);
            var result = await work(new SqlContext(writer, tx, Statements)).ConfigureAwait(false);
            tx.Commit();
            return result;
        }
        catch (SqliteException ex)
        {
            DropWriter();
            throw Unavailable(ex);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The value of a pragma as the writer connection sees it (diagnostics and tests).</summary>
    private static void CheckPragmaName(string pragma)
    {
        if (!pragma.All(c => char.IsAsciiLetterLower(c) || c == '_')) throw new ArgumentException("Not a pragma name.", nameof(pragma));
    }

    /// <summary>The value of a pragma on a reader connection (for tests).</summary>
    internal async Task<string?> ReaderPragmaAsync(string pragma, CancellationToken ct = default)
    {
        CheckPragmaName(pragma);
        return await ReadAsync(async db => Convert.ToString(await db.ScalarAsync("PRAGMA " + pragma, ct).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
    }

    internal async Task<string?> WriterPragmaAsync(string pragma, CancellationToken ct = default)
    {
        CheckPragmaName(pragma);
        await InitializeAsync(ct).ConfigureAwait(false);
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var writer = await WriterAsync(ct).ConfigureAwait(false);
            return Convert.ToString(await new SqlContext(writer, null, Statements).ScalarAsync("PRAGMA " + pragma, ct).ConfigureAwait(false),
                System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed) return;
            _disposed = true;
            DropWriter();
            _readers.Dispose();
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
