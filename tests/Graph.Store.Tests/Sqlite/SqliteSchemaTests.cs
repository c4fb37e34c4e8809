using Graph.Model;
using Graph.Store.Sqlite;
using Graph.Store.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests.Sqlite;

/// <summary>The file, its journal and sync settings, migrations and reopening.</summary>
public sealed class SqliteSchemaTests : SqliteStoreTest
{
    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task Store_is_one_file_in_the_data_directory_in_wal_mode_with_full_sync()
    {
        var store = await OpenAsync("nested/data");
        Assert.Equal(Path.Combine(Directory.Sub("nested/data"), "graph.db"), store.DatabasePath);
        Assert.True(File.Exists(store.DatabasePath));
        Assert.Equal("wal", await store.WriterPragmaAsync("journal_mode"));
        Assert.Equal("2", await store.WriterPragmaAsync("synchronous"));
        Assert.Equal((long)Migrations.CurrentVersion, await ScalarAsync(store.DatabasePath, "PRAGMA user_version"));
        Assert.Equal(1L, await ScalarAsync(store.DatabasePath, "SELECT count(*) FROM sqlite_master WHERE name = 'names_fts'"));
    }

    [Fact]
    public async Task Readers_map_the_file_as_configured_and_reject_a_negative_size()
    {
        var mapped = await OpenAsync("mapped");
        // 2 GiB asked; SQLite caps the map just under it (its compile-time maximum, 0x7fff0000 bytes).
        Assert.InRange(long.Parse((await mapped.ReaderPragmaAsync("mmap_size"))!), 2_000_000_000L, 2L * 1024 * 1024 * 1024);
        Assert.Equal("1", await mapped.ReaderPragmaAsync("query_only"));
        await using var unmapped = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = Directory.Sub("unmapped"), ReaderMemoryMapBytes = 0 });
        await unmapped.ApplyDocumentAsync(Contract.SampleDocuments.Tiny().Build());
        Assert.Equal("0", await unmapped.ReaderPragmaAsync("mmap_size"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = Directory.Sub("bad"), ReaderMemoryMapBytes = -1 }));
    }

    [Fact]
    public async Task File_name_is_configurable()
    {
        var options = new SqliteStoreOptions { DataDirectory = Directory.Sub("custom"), FileName = "other.sqlite" };
        await using var store = new SqliteGraphStore(options);
        await store.ApplyDocumentAsync(Contract.SampleDocuments.Tiny().Build());
        Assert.True(File.Exists(Path.Combine(Directory.Sub("custom"), "other.sqlite")));
    }

    [Fact]
    public async Task Reopened_store_holds_what_was_written_and_migrations_are_idempotent()
    {
        var first = await OpenWithSamplesAsync("reopen");
        var before = await Contract.StoreState.CaptureAsync(first);
        await first.DisposeAsync();

        var second = await OpenAsync("reopen");
        await second.InitializeAsync();
        Assert.Equal(before, await Contract.StoreState.CaptureAsync(second));
    }

    [Fact]
    public async Task Database_from_a_newer_build_is_refused()
    {
        var store = await OpenAsync("newer");
        var path = store.DatabasePath;
        await store.DisposeAsync();
        await ScalarAsync(path, $"PRAGMA user_version = {Migrations.CurrentVersion + 1}");

        await using var reopened = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = Path.GetDirectoryName(path)! });
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => reopened.InitializeAsync());
        Assert.Contains("newer build", error.Message);
    }

    [Fact]
    public async Task Unusable_data_directory_reports_store_unavailable()
    {
        var blocker = Directory.Sub("a-file");
        await File.WriteAllTextAsync(blocker, "not a directory");
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = Path.Combine(blocker, "data") });
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetStatsAsync());
        Assert.Equal("STORE_UNAVAILABLE", error.Code);
    }

    [Fact]
    public async Task Reads_before_initialize_initialize_the_store()
    {
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = Directory.Sub("lazy") });
        var stats = await store.GetStatsAsync();
        Assert.Equal(0, stats.Evidence);
    }
}
