namespace Graph.Store.Sqlite;

/// <summary>Where the embedded store keeps its single database file.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>Directory holding the database file (and its -wal and -shm companions). Created if missing.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Name of the database file inside <see cref="DataDirectory"/>.</summary>
    public string FileName { get; set; } = "graph.db";

    /// <summary>Most idle reader connections kept open for reuse.</summary>
    public int MaxIdleReaders { get; set; } = 16;

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));
}
