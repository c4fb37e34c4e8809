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

    /// <summary>
    /// How much of the file each reader maps into memory (0: none). Mapped reads make large reads much cheaper (a
    /// depth-2 neighbourhood in a 100,000-document store: 6 ms mapped, over 200 ms not); but each write that grows
    /// the file makes every reader remap it on its next read (a few milliseconds), so bulk loading runs faster at 0.
    /// </summary>
    public long ReaderMemoryMapBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, FileName));
}
