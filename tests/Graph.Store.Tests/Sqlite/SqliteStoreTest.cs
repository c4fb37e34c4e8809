using Graph.Store.Sqlite;
using Graph.Store.Tests.Contract;

namespace Graph.Store.Tests.Sqlite;

/// <summary>Opens SQLite stores in a private directory and disposes them (and the directory) after the test.</summary>
public abstract class SqliteStoreTest : IAsyncLifetime
{
    private readonly List<SqliteGraphStore> _stores = [];

    protected TempDirectory Directory { get; } = new();

    protected async Task<SqliteGraphStore> OpenAsync(string name = "store")
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = Directory.Sub(name) });
        _stores.Add(store);
        await store.InitializeAsync();
        return store;
    }

    protected async Task<SqliteGraphStore> OpenWithSamplesAsync(string name = "store")
    {
        var store = await OpenAsync(name);
        foreach (var doc in SampleDocuments.All()) await store.ApplyDocumentAsync(doc.Build());
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores) await store.DisposeAsync();
        Directory.Dispose();
    }
}
