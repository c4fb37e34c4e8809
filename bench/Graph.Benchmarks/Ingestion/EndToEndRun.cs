using System.Diagnostics;
using Graph.Ingestion;
using Graph.Model;
using Graph.Store.Sqlite;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// Ingests every document, one after another, through <see cref="IngestionPipeline"/> into a fresh embedded SQLite
/// store in a temporary directory (deleted afterwards). Prints documents per second end to end, where the time went
/// (each store method, through <see cref="TimedGraphStore"/>, and the rest), and what the store holds at the end.
/// With a directory to keep, the store is built there and left for inspection.
/// </summary>
public static class EndToEndRun
{
    public static async Task<bool> RunAsync(Graph.Ingestion.Lexicon.Lexicon lexicon, IReadOnlyList<DocumentInput> docs, long utf8Bytes, string? keep = null)
    {
        if (keep is not null && Path.Exists(keep))
        {
            await Console.Error.WriteLineAsync($"--keep-store: {keep} exists already; give a new directory.");
            return false;
        }
        var dir = keep ?? Path.Combine(Path.GetTempPath(), "graph-ingest-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Console.WriteLine();
        Console.WriteLine(IngestionThroughput.F($"End to end into a fresh SQLite store ({dir}), one document at a time, {docs.Count:N0} documents, readers without memory map:"));
        try
        {
            var statuses = new Dictionary<ApplyStatus, int>();
            var warnings = 0;
            // Bulk loading: readers do not map the file, which every commit grows (see SqliteStoreOptions.ReaderMemoryMapBytes).
            var options = new SqliteStoreOptions { DataDirectory = dir, ReaderMemoryMapBytes = 0 };
            await using (var store = new TimedGraphStore(new SqliteGraphStore(options)))
            {
                await store.InitializeAsync();
                store.Reset();
                var pipeline = new IngestionPipeline(store, lexicon);
                ExtractionRun.Settle();
                var cpuBefore = ExtractionRun.ProcessCpu();
                var clock = Stopwatch.StartNew();
                var lap = Stopwatch.StartNew();
                var every = Math.Clamp(docs.Count / 10, 10, 1_000);
                for (var i = 0; i < docs.Count; i++)
                {
                    var result = await pipeline.IngestAsync(docs[i]);
                    statuses[result.Apply.Status] = statuses.GetValueOrDefault(result.Apply.Status) + 1;
                    warnings += result.Warnings.Count;
                    if ((i + 1) % every == 0)
                    {
                        Console.WriteLine(IngestionThroughput.F($"  {i + 1,6:N0} documents  {clock.Elapsed.TotalSeconds,7:N1} s  the last {every:N0} at {every / lap.Elapsed.TotalSeconds,6:N1} docs/s"));
                        lap.Restart();
                    }
                }
                clock.Stop();
                var elapsed = clock.Elapsed;
                var cpu = ExtractionRun.ProcessCpu() - cpuBefore;
                var calls = store.Calls;

                Console.WriteLine(IngestionThroughput.F($"  total: {elapsed.TotalSeconds:N1} s, {docs.Count / elapsed.TotalSeconds:N0} docs/s, {utf8Bytes / 1e6 / elapsed.TotalSeconds:N2} MB/s, {elapsed.TotalMilliseconds / docs.Count:N2} ms per document"));
                Console.WriteLine(IngestionThroughput.F($"  CPU: {cpu.TotalSeconds:N1} s, {docs.Count / cpu.TotalSeconds:N0} docs per CPU-second (waiting for the disk, e.g. each commit's sync, is not CPU time); load average {IngestionThroughput.LoadAverage()}"));
                Console.WriteLine("  where the time went (wall clock):");
                var inStore = TimeSpan.Zero;
                foreach (var (method, count, time) in calls)
                {
                    inStore += time;
                    Console.WriteLine(IngestionThroughput.F($"    store.{method,-34} {count,8:N0} calls  {time.TotalMilliseconds / docs.Count,7:N2} ms/doc  {100 * time / elapsed,5:N1} %"));
                }
                var rest = elapsed - inStore;
                Console.WriteLine(IngestionThroughput.F($"    {"outside the store (extraction, resolution logic, fact building)",-57} {rest.TotalMilliseconds / docs.Count,7:N2} ms/doc  {100 * rest / elapsed,5:N1} %"));
                Console.WriteLine("  apply status: " + string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => IngestionThroughput.F($"{p.Key} {p.Value:N0}"))) + IngestionThroughput.F($"; {warnings:N0} warnings"));

                var stats = await store.GetStatsAsync();
                Console.WriteLine("  store holds: " + string.Join(", ", stats.Nodes.OrderBy(p => p.Key).Select(p => IngestionThroughput.F($"{p.Value:N0} {p.Key}"))) +
                    IngestionThroughput.F($", {stats.Relations:N0} relations, {stats.Evidence:N0} pieces of evidence"));
            }
            var size = new DirectoryInfo(dir).EnumerateFiles().Sum(f => f.Length);
            Console.WriteLine(IngestionThroughput.F($"  database files: {size / 1e6:N1} MB"));
            return statuses.GetValueOrDefault(ApplyStatus.Created) == docs.Count;
        }
        catch (Exception e) when (e is DocumentRejectedException or GraphStoreException)
        {
            await Console.Error.WriteLineAsync($"End-to-end ingestion failed: {e.GetType().Name}: {e.Message}");
            return false;
        }
        finally
        {
            if (keep is null)
            {
                try { Directory.Delete(dir, recursive: true); }
                catch (IOException e) { await Console.Error.WriteLineAsync($"Could not delete {dir}: {e.Message}"); }
            }
        }
    }
}
