using BenchmarkDotNet.Attributes;
using Graph.Store.Sqlite;

namespace Graph.Benchmarks.Store;

/// <summary>Opening the 100,000-document store (schema check, first connections) and answering a first query. Target: under 10 s.</summary>
[Config(typeof(StoreBenchmarkConfig))]
public class StoreOpenBenchmarks
{
    private string _someId = "";

    [GlobalSetup]
    public void Setup()
    {
        SyntheticStore.EnsureAsync().GetAwaiter().GetResult();
        _someId = SyntheticCorpus.Actor(SyntheticCorpus.Actors / 2).Id;
    }

    [Benchmark]
    public async Task<int> OpenAndFirstQuery()
    {
        await using var store = new SqliteGraphStore(SyntheticStore.Options);
        await store.InitializeAsync();
        var nodes = await store.GetNodesAsync([_someId]);
        if (nodes.Count != 1) throw new InvalidOperationException("the first query found nothing");
        return nodes.Count;
    }
}
