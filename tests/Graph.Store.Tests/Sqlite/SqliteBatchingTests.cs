using Graph.Model;
using Graph.Store.Sqlite;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Sqlite;

/// <summary>Batched reads are one statement whatever the number of ids; traversals are one statement per level.</summary>
public sealed class SqliteBatchingTests : SqliteStoreTest
{
    private static async Task<long> StatementsAsync(SqliteGraphStore store, Func<Task> read)
    {
        var before = store.Statements.Count;
        await read();
        return store.Statements.Count - before;
    }

    [Fact]
    public async Task Batched_reads_are_one_statement_for_any_number_of_ids()
    {
        var store = await OpenWithSamplesAsync();
        var export = await store.ExportAsync();
        var nodeIds = export.Entities.Select(e => e.Id).Concat(export.Events.Select(e => e.Id)).Concat(export.Documents.Select(d => d.Id)).ToList();
        var relationIds = export.Relations.Select(r => r.Id).ToList();
        Assert.True(nodeIds.Count > 20);

        Assert.Equal(1, await StatementsAsync(store, async () => Assert.Equal(nodeIds.Count, (await store.GetNodesAsync(nodeIds)).Count)));
        Assert.Equal(1, await StatementsAsync(store, () => store.GetNodesAsync([Armenia])));
        Assert.Equal(1, await StatementsAsync(store, async () => Assert.Equal(relationIds.Count, (await store.GetRelationsByIdAsync(relationIds)).Count)));
        Assert.Equal(1, await StatementsAsync(store, () => store.GetRelationsAsync(new RelationQuery(nodeIds))));
        Assert.Equal(1, await StatementsAsync(store, () => store.GetEvidenceAsync([.. nodeIds, .. relationIds])));
        Assert.Equal(1, await StatementsAsync(store, () => store.FindByNamesAsync(export.Entities.Select(e => e.Name).ToList())));
        Assert.Equal(1, await StatementsAsync(store, () => store.GetDocumentsAsync(export.Documents.Select(d => d.Id).ToList(), includeText: true)));
        Assert.Equal(1, await StatementsAsync(store, () => store.SearchAsync(new SearchQuery("armenia"))));
        Assert.Equal(1, await StatementsAsync(store, () => store.GetStatsAsync()));
    }

    [Fact]
    public async Task Neighbourhood_costs_one_statement_per_level_plus_three()
    {
        var store = await OpenWithSamplesAsync();
        Assert.Equal(2 + 3, await StatementsAsync(store, () => store.GetNeighborhoodAsync(Ceasefire, 2)));
    }

    [Fact]
    public async Task Shortest_path_costs_one_statement_per_expanded_level_plus_two()
    {
        var store = await OpenWithSamplesAsync();
        Assert.Equal(4 + 2, await StatementsAsync(store, () => store.FindShortestPathsAsync(Icrc, Russia, 6)));
    }
}
