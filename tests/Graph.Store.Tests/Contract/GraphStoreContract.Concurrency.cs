using Graph.Model;

namespace Graph.Store.Tests.Contract;

/// <summary>Writes from many callers at once all land; readers running meanwhile only ever see whole documents.</summary>
public abstract partial class GraphStoreContract
{
    private const string Shared = "org:shared-council";

    /// <summary>Document <paramref name="i"/>: its own state, the shared organization and a membership (3 evidence).</summary>
    private static DocumentFacts ParallelDocument(int i) =>
        new DocumentBuilder($"parallel-{i}", $"State {i} joined the Shared Council in a ceremony.")
            .Entity($"state:s{i}", $"State {i}")
            .Entity(Shared, "Shared Council")
            .Relation(RelationType.MemberOf, $"state:s{i}", Shared)
            .Build();

    [SkippableFact]
    public async Task Concurrent_writes_all_land()
    {
        var store = await NewStoreAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => store.ApplyDocumentAsync(ParallelDocument(i)))));

        Assert.All(results, r => Assert.Equal(ApplyStatus.Created, r.Status));
        Assert.Equal(1, results.Count(r => r.EntitiesCreated == 2));
        var stats = await store.GetStatsAsync();
        Assert.Equal((24, 25, 24, 72), (stats.Nodes[NodeKind.Document], stats.Nodes[NodeKind.State] + stats.Nodes[NodeKind.Organization], stats.Relations, stats.Evidence));
        Assert.Equal(24, (await NodeAsync<Entity>(store, Shared)).EvidenceCount);
    }

    [SkippableFact]
    public async Task Readers_during_writes_see_only_whole_documents()
    {
        var store = await NewStoreAsync();
        using var done = new CancellationTokenSource();
        var observations = 0;
        async Task Reader()
        {
            do
            {
                var stats = await store.GetStatsAsync();
                Assert.Equal(3 * stats.Nodes[NodeKind.Document], stats.Evidence);
                Assert.Equal(stats.Nodes[NodeKind.Document], stats.Relations);
                var shared = await store.GetNodesAsync([Shared]);
                if (shared.TryGetValue(Shared, out var node)) Assert.True(((Entity)node).EvidenceCount >= 1);
                Interlocked.Increment(ref observations);
            }
            while (!done.IsCancellationRequested);
        }
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(Reader)).ToList();

        // Each write waits until the readers have looked at the graph again, so reads interleave with every write
        // however fast the machine; a reader that fails ends the wait and its failure is rethrown below.
        for (var i = 0; i < 16; i++)
        {
            var seen = Volatile.Read(ref observations);
            while (Volatile.Read(ref observations) == seen && !readers.Any(r => r.IsCompleted)) await Task.Delay(1);
            await store.ApplyDocumentAsync(ParallelDocument(i));
        }
        done.Cancel();
        await Task.WhenAll(readers);

        Assert.True(observations >= 16, $"readers looked {observations} times during 16 writes");
        Assert.Equal(48, (await store.GetStatsAsync()).Evidence);
    }
}
