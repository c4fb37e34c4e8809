using BenchmarkDotNet.Attributes;
using Graph.Model;
using Graph.Store.Sqlite;

namespace Graph.Benchmarks.Store;

/// <summary>
/// Reads against the 100,000-document store. Targets: a batch of 1,000 ids under 10 ms, a depth-2 neighbourhood
/// under 20 ms, a 4-hop shortest path under 20 ms. Each benchmark cycles through several inputs chosen once,
/// deterministically, among ordinary (not hub) nodes; every result is checked so a broken read cannot look fast.
/// </summary>
[Config(typeof(StoreBenchmarkConfig))]
public class StoreReadBenchmarks
{
    private SqliteGraphStore _store = null!;
    private readonly List<string[]> _batches = [];
    private readonly List<string> _centres = [];
    private readonly List<(string From, string To)> _pairs = [];
    private int _next;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        await SyntheticStore.EnsureAsync();
        _store = new SqliteGraphStore(SyntheticStore.Options);
        await _store.InitializeAsync();
        var r = new Random(7);

        for (var b = 0; b < 8; b++)
        {
            // Half actors and places, half events: the mix a GraphQL page of results asks for.
            var ids = new HashSet<string>();
            while (ids.Count < 1_000)
            {
                ids.Add((ids.Count % 4) switch
                {
                    0 => SyntheticCorpus.Actor(r.Next(SyntheticCorpus.Actors)).Id,
                    1 => SyntheticCorpus.Place(r.Next(SyntheticCorpus.Places)).Id,
                    _ => SyntheticCorpus.EventId(r.Next(SyntheticStore.Documents)),
                });
            }
            _batches.Add([.. ids]);
        }

        // Ordinary actors: the middle of the skewed distribution.
        while (_centres.Count < 16) _centres.Add(SyntheticCorpus.Actor(SyntheticCorpus.Actors / 4 + r.Next(SyntheticCorpus.Actors / 2)).Id);

        // Pairs of actors whose shortest path has exactly four hops (actor - event - actor - event - actor).
        while (_pairs.Count < 16)
        {
            var from = _centres[r.Next(_centres.Count)];
            var to = await FourHopsAwayAsync(from, r);
            if (to is not null) _pairs.Add((from, to));
        }
        Console.WriteLine($"// {_batches.Count} batches of 1,000 ids, {_centres.Count} neighbourhood centres, {_pairs.Count} four-hop pairs");
    }

    private async Task<string?> FourHopsAwayAsync(string from, Random r)
    {
        var current = from;
        for (var hop = 0; hop < 4; hop++)
        {
            var relations = (await _store.GetRelationsAsync(new RelationQuery([current]))).GetValueOrDefault(current) ?? [];
            if (relations.Count == 0) return null;
            var step = relations[r.Next(relations.Count)];
            current = step.From == current ? step.To : step.From;
        }
        if (!current.StartsWith("person:", StringComparison.Ordinal) && !current.StartsWith("org:", StringComparison.Ordinal) && !current.StartsWith("state:", StringComparison.Ordinal)) return null;
        var shorter = await _store.FindShortestPathsAsync(from, current, 3, 1);
        var exact = await _store.FindShortestPathsAsync(from, current, 4, 1);
        return shorter.Count == 0 && exact.Count == 1 ? current : null;
    }

    [GlobalCleanup]
    public void Cleanup() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> GetNodes_1000_ids()
    {
        var batch = _batches[_next++ % _batches.Count];
        var nodes = await _store.GetNodesAsync(batch);
        if (nodes.Count != batch.Length) throw new InvalidOperationException($"{nodes.Count} of {batch.Length} nodes found");
        return nodes.Count;
    }

    [Benchmark]
    public async Task<int> Neighborhood_depth_2()
    {
        var sub = await _store.GetNeighborhoodAsync(_centres[_next++ % _centres.Count], 2);
        if (sub.Nodes.Count < 3) throw new InvalidOperationException("neighbourhood unexpectedly small");
        return sub.Nodes.Count + sub.Relations.Count;
    }

    [Benchmark]
    public async Task<int> ShortestPath_4_hops()
    {
        var (from, to) = _pairs[_next++ % _pairs.Count];
        var paths = await _store.FindShortestPathsAsync(from, to, 4);
        if (paths.Count == 0 || paths[0].Steps.Count != 4) throw new InvalidOperationException("no 4-hop path");
        return paths.Count;
    }
}
