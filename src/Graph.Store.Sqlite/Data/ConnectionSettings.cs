using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Data;

/// <summary>
/// How connections to the database file are opened. The journal is a write-ahead log and every commit is synced
/// (<c>synchronous=FULL</c>): once a write returns it survives a process crash and a power loss alike.
/// </summary>
internal static class ConnectionSettings
{
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        // This store keeps its own pool (prepared commands live with their connection).
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Run once on the writer connection: WAL is a property of the file and stays set.</summary>
    public const string WriterPragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;";

    /// <summary>Run once on each reader connection; <paramref name="memoryMapBytes"/> is how much of the file it maps
    /// (address space only; the OS shares the pages between readers). PRAGMA takes no parameters: the number is a
    /// long this code formats, never text from outside.</summary>
    public static string ReaderPragmas(long memoryMapBytes) =>
        "PRAGMA query_only=1; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768; PRAGMA mmap_size="
        + memoryMapBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";
}
