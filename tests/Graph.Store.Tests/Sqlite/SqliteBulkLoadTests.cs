using Graph.Model;
using Graph.Store.Tests.Contract;

namespace Graph.Store.Tests.Sqlite;

/// <summary>The bulk path gives the same graph as applying documents one by one.</summary>
public sealed class SqliteBulkLoadTests : SqliteStoreTest
{
    [Fact]
    public async Task Bulk_load_builds_the_same_graph_as_single_writes()
    {
        var single = await OpenAsync("single");
        foreach (var doc in SampleDocuments.All()) await single.ApplyDocumentAsync(doc.Build());
        var bulk = await OpenAsync("bulk");

        var results = await bulk.ApplyDocumentsAsync(SampleDocuments.All().Select(d => d.Build()), batchSize: 2);

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Equal(ApplyStatus.Created, r.Status));
        Assert.Equal(await StoreState.CaptureAsync(single), await StoreState.CaptureAsync(bulk));
    }

    [Fact]
    public async Task Bulk_load_validates_every_document_of_a_batch_before_writing_it()
    {
        var store = await OpenAsync();
        var bad = SampleDocuments.ExchangeReport().Build() with { Text = null! };
        await StoreState.AssertRejectedAsync<InvalidFactException>(store,
            () => store.ApplyDocumentsAsync([SampleDocuments.CeasefireReport().Build(), bad]));
    }
}
