using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Data;

/// <summary>
/// Runs statements on one connection (inside its transaction, if any). Values always travel as parameters;
/// lists travel as one JSON text parameter read back with <c>json_each</c>. Every round trip is counted so that
/// tests can prove that a batched read is one statement.
/// </summary>
internal sealed class SqlContext(PooledConnection connection, SqliteTransaction? transaction, StatementCounter counter)
{
    public SqliteTransaction? Transaction => transaction;

    private SqliteCommand Prepare(string sql, ReadOnlySpan<(string Name, object? Value)> args)
    {
        var command = connection.Command(sql);
        command.Transaction = transaction;
        foreach (var (name, value) in args) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        counter.Increment();
        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        var command = Prepare(sql, args);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        var command = Prepare(sql, args);
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public async Task<List<T>> ListAsync<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        var command = Prepare(sql, args);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false)) rows.Add(map(reader));
        return rows;
    }

    /// <summary>Runs a command holding several statements; <paramref name="read"/> walks the result sets.</summary>
    public async Task<T> ReadAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        var command = Prepare(sql, args);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return read(reader);
    }

    /// <summary>A JSON array of strings, for <c>json_each(@param)</c>.</summary>
    public static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values, SqlJson.Default.IEnumerableString);

    public static string Json(IEnumerable<int> values) => JsonSerializer.Serialize(values, SqlJson.Default.IEnumerableInt32);
}

/// <summary>Counts statements sent to SQLite.</summary>
internal sealed class StatementCounter
{
    private long _count;
    public long Count => Interlocked.Read(ref _count);
    public void Increment() => Interlocked.Increment(ref _count);
}
