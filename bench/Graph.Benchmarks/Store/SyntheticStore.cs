using System.Diagnostics;
using System.Text.Json;
using Graph.Store.Sqlite;

namespace Graph.Benchmarks.Store;

/// <summary>
/// The benchmark database: the synthetic corpus bulk-loaded once into a data directory under /tmp (override with
/// GRAPH_BENCH_DATA) and reused by later runs. A manifest written after a complete load marks it reusable.
/// </summary>
public static class SyntheticStore
{
    public const int Documents = 100_000;
    private const string ManifestName = "synthetic-store.json";
    private const int Version = 2;

    public sealed record Manifest(int Version, int Documents, double GenerationSeconds, long DatabaseBytes, int Entities, int Events, int Relations, int Evidence);

    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("GRAPH_BENCH_DATA") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "graph-bench-store");

    public static SqliteStoreOptions Options => new() { DataDirectory = DataDirectory };

    /// <summary>Loads the corpus unless a complete load of the same version is already there.</summary>
    public static async Task<Manifest> EnsureAsync()
    {
        var manifestPath = Path.Combine(DataDirectory, ManifestName);
        if (File.Exists(manifestPath))
        {
            var existing = JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(manifestPath));
            if (existing is { Version: Version, Documents: Documents }) return existing;
        }
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        Directory.CreateDirectory(DataDirectory);

        Console.WriteLine($"// Generating {Documents:N0} synthetic documents into {DataDirectory} ...");
        var clock = Stopwatch.StartNew();
        var corpus = new SyntheticCorpus(Documents);
        await using (var store = new SqliteGraphStore(Options))
        {
            await store.InitializeAsync();
            var loaded = 0;
            foreach (var chunk in corpus.Generate().Chunk(10_000))
            {
                await store.ApplyDocumentsAsync(chunk, batchSize: 5_000);
                loaded += chunk.Length;
                Console.WriteLine($"//   {loaded:N0} documents, {clock.Elapsed.TotalSeconds:F1} s");
            }
            var stats = await store.GetStatsAsync();
            clock.Stop();
            var bytes = Directory.EnumerateFiles(DataDirectory).Sum(f => new FileInfo(f).Length);
            var manifest = new Manifest(Version, Documents, Math.Round(clock.Elapsed.TotalSeconds, 1), bytes,
                stats.Nodes.Where(kv => kv.Key is not (Graph.Model.NodeKind.Event or Graph.Model.NodeKind.Document)).Sum(kv => kv.Value),
                stats.Nodes[Graph.Model.NodeKind.Event], stats.Relations, stats.Evidence);
            await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }));
            Console.WriteLine($"// Generated in {manifest.GenerationSeconds} s: {manifest.Entities:N0} entities, {manifest.Events:N0} events, " +
                $"{manifest.Relations:N0} relations, {manifest.Evidence:N0} evidence, {bytes / 1_048_576.0:F0} MiB");
            return manifest;
        }
    }
}
