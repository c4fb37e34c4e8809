using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Graph.Ingestion;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// The <c>ingestion-throughput</c> verb: generates the synthetic corpus (10,000 articles of about 5 KB by default),
/// times extraction alone (median of several runs, on one thread and on several), breaks one pass down by stage,
/// then ingests the corpus end to end into a fresh embedded SQLite store. Prints documents per second and MB/s
/// (MB = 1,000,000 bytes of UTF-8 text). Exit code 0 on success, 1 when a document fails, 2 on bad arguments.
/// </summary>
public static class IngestionThroughput
{
    public const string Verb = "ingestion-throughput";

    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ThroughputOptions options;
        try
        {
            options = ThroughputOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + Environment.NewLine + ThroughputOptions.Usage);
            return 2;
        }
        if (options.Help)
        {
            Console.WriteLine(ThroughputOptions.Usage);
            return 0;
        }

        var lexicon = Graph.Ingestion.Lexicon.Lexicon.LoadDefault();
        var corpus = new SyntheticArticleCorpus(lexicon, options.Seed);
        if (options.PrintArticle is { } index)
        {
            PrintArticle(corpus.Article(index));
            return 0;
        }

        PrintEnvironment();
        var cpuBefore = ExtractionRun.ProcessCpu();
        var clock = Stopwatch.StartNew();
        var docs = corpus.Generate(options.Documents);
        var bytes = SyntheticArticleCorpus.Utf8Bytes(docs);
        clock.Stop();
        var cpu = ExtractionRun.ProcessCpu() - cpuBefore;
        Console.WriteLine(F($"Corpus: {docs.Length:N0} articles, {bytes / 1e6:N1} MB of UTF-8 text (mean {bytes / (double)docs.Length:N0} bytes), seed {options.Seed}, generated in {clock.Elapsed.TotalSeconds:N2} s ({cpu.TotalSeconds:N2} CPU-s)"));

        var extractor = new Extractor(lexicon);
        try
        {
            Warm(extractor, docs);
            MeasureExtraction(extractor, docs, bytes, 1, options.Runs);
            if (options.Threads > 1) MeasureExtraction(extractor, docs, bytes, options.Threads, options.Runs);
            PrintStages(StageBreakdown.Run(extractor, docs), docs.Length);
        }
        catch (DocumentRejectedException e)
        {
            await Console.Error.WriteLineAsync($"A synthetic article was rejected ({e.Reason}): {e.Message}");
            return 1;
        }

        if (!options.SkipStore)
        {
            var slice = docs.Take(Math.Min(docs.Length, options.StoreDocuments ?? docs.Length)).ToArray();
            var ok = await EndToEndRun.RunAsync(lexicon, slice, slice.Length == docs.Length ? bytes : SyntheticArticleCorpus.Utf8Bytes(slice), options.KeepStore);
            if (!ok) return 1;
        }
        return 0;
    }

    /// <summary>A first pass over a slice, so that the timed runs measure jitted, tiered code.</summary>
    private static void Warm(Extractor extractor, DocumentInput[] docs)
    {
        foreach (var d in docs.AsSpan(0, Math.Min(500, docs.Length))) extractor.Extract(d);
    }

    private static void MeasureExtraction(Extractor extractor, DocumentInput[] docs, long bytes, int threads, int runs)
    {
        Console.WriteLine();
        Console.WriteLine(F($"Extraction alone, {threads} thread{(threads == 1 ? "" : "s")}, {runs} run{(runs == 1 ? "" : "s")}:"));
        var results = new List<ExtractionRunResult>();
        for (var run = 1; run <= runs; run++)
        {
            var r = ExtractionRun.Run(extractor, docs, bytes, threads);
            results.Add(r);
            Console.WriteLine(F($"  run {run}: {r.Elapsed.TotalSeconds,7:N2} s  {r.DocumentsPerSecond,7:N0} docs/s  {r.MegabytesPerSecond,6:N2} MB/s  | CPU {r.CpuTime.TotalSeconds,7:N2} s  {r.DocumentsPerCpuSecond,7:N0} docs/CPU-s  | {r.AllocatedPerDocument / 1024,6:N1} KB allocated/doc"));
        }
        var median = results.OrderBy(r => r.Elapsed).ElementAt(results.Count / 2);
        var medianCpu = results.OrderBy(r => r.CpuTime).ElementAt(results.Count / 2);
        Console.WriteLine(F($"  median wall clock: {median.DocumentsPerSecond:N0} docs/s, {median.MegabytesPerSecond:N2} MB/s, {median.Elapsed.TotalMilliseconds / docs.Length:N3} ms per document"));
        Console.WriteLine(F($"  median CPU time:   {medianCpu.DocumentsPerCpuSecond:N0} docs per CPU-second ({medianCpu.CpuTime.TotalMilliseconds / docs.Length:N3} CPU-ms per document)"));
        var t = median.Totals;
        double n = docs.Length;
        Console.WriteLine(F($"  output per document: {t.Sentences / n:N1} sentences, {t.Entities / n:N1} entities, {t.Events / n:N1} events, {t.Roles / n:N1} roles, {t.Relations / n:N1} relations"));
        if (t.Entities == 0 || t.Events == 0) Console.WriteLine("  WARNING: the extractor found no entities or no events; the figures above do not measure real extraction.");
    }

    private static void PrintStages(StageTimes stages, int documents)
    {
        Console.WriteLine();
        Console.WriteLine(F($"Stage breakdown, 1 thread, one pass ({stages.Total.TotalSeconds:N2} s in all, load average {LoadAverage()}):"));
        foreach (var (stage, cost) in stages.Rows)
            Console.WriteLine(F($"  {stage,-52} {cost.Time.TotalMilliseconds / documents,8:N3} ms/doc  {100 * cost.Time / stages.Total,5:N1} %  {cost.Allocated / 1024.0 / documents,7:N1} KB allocated/doc"));
    }

    private static void PrintEnvironment()
    {
        Console.WriteLine(F($".NET {Environment.Version}, {Environment.ProcessorCount} logical cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average: {LoadAverage()}"));
        Console.WriteLine("Wall-clock figures depend on what else runs on the machine; docs per CPU-second do much less so.");
    }

    private static void PrintArticle(DocumentInput d)
    {
        Console.WriteLine(F($"Title: {d.Title}\nPublisher: {d.Publisher}\nAuthor: {d.Author}\nPublishedAt: {d.PublishedAt:O}\nUrl: {d.Url}\n-----"));
        Console.WriteLine(d.Text);
    }

    /// <summary>The 1, 5 and 15-minute load averages where the system reports them (Linux), else "n/a".</summary>
    internal static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    internal static string F(FormattableString s) => s.ToString(En);
}
