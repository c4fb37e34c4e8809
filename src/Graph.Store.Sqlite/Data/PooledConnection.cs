using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Data;

/// <summary>
/// An open connection with its prepared commands. Commands are cached by their SQL text, so a statement is
/// compiled once per connection and reused by every later call.
/// </summary>
internal sealed class PooledConnection(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
        Connection.Dispose();
    }
}
