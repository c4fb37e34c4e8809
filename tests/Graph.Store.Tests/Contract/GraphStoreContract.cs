using Graph.Model;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Contract;

/// <summary>
/// The one contract every <see cref="IGraphStore"/> must pass. A store's test class derives from this and says how
/// to make a fresh, empty store; each test gets its own. The tests are split by theme over several files
/// (GraphStoreContract.*.cs). A subclass that cannot run them (no server reachable, say) returns a
/// <see cref="SkipReason"/> and every test is reported as skipped with it.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private readonly List<IGraphStore> _stores = [];

    /// <summary>A fresh store holding nothing. It may be initialized or not; the suite calls InitializeAsync.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>Non-null to skip every contract test with this reason.</summary>
    protected virtual string? SkipReason => null;

    /// <summary>A fresh initialized store; skips the test when <see cref="SkipReason"/> says so.</summary>
    protected async Task<IGraphStore> NewStoreAsync()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var store = await CreateEmptyStoreAsync();
        _stores.Add(store);
        await store.InitializeAsync();
        return store;
    }

    /// <summary>A fresh store holding the documents given (all of <see cref="SampleDocuments.All"/> when none).</summary>
    protected async Task<IGraphStore> StoreWithAsync(params DocumentBuilder[] documents)
    {
        var store = await NewStoreAsync();
        foreach (var doc in documents.Length == 0 ? All() : documents) await store.ApplyDocumentAsync(doc.Build());
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _stores) await store.DisposeAsync();
        _stores.Clear();
    }

    protected static async Task<T> NodeAsync<T>(IGraphStore store, string id) where T : Node
    {
        var nodes = await store.GetNodesAsync([id]);
        Assert.True(nodes.ContainsKey(id), $"{id} should be in the graph");
        return Assert.IsType<T>(nodes[id]);
    }

    protected static async Task<bool> ExistsAsync(IGraphStore store, string id) => (await store.GetNodesAsync([id])).ContainsKey(id);

    protected static string RelationId(RelationType type, string from, string to, string? role = null) => FactIds.Relation(type, from, to, role);

    protected static async Task<Relation?> RelationAsync(IGraphStore store, RelationType type, string from, string to, string? role = null)
    {
        var id = RelationId(type, from, to, role);
        return (await store.GetRelationsByIdAsync([id])).GetValueOrDefault(id);
    }
}
