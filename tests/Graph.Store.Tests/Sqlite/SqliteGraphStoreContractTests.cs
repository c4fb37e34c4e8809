using Graph.Model;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Contract;

namespace Graph.Store.Tests.Sqlite;

/// <summary>The embedded store against the contract: each test gets a new database file.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempDirectory _directory = new();
    private int _count;

    protected override Task<IGraphStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _directory.Sub($"store-{++_count}") }));

    public void Dispose() => _directory.Dispose();
}
