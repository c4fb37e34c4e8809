using System.Diagnostics;
using Graph.Ingestion;

namespace Graph.Benchmarks.Ingestion;

/// <summary>What the extractor produced over a run, summed: proof that the timed work was real work.</summary>
public readonly record struct ExtractionTotals(long Sentences, long Entities, long Events, long Roles, long Relations)
{
    public static ExtractionTotals Of(ExtractionResult r)
    {
        long roles = 0;
        foreach (var e in r.Events) roles += e.Roles.Count;
        return new(r.Sentences.Count, r.Entities.Count, r.Events.Count, roles, r.Relations.Count);
    }

    public static ExtractionTotals operator +(ExtractionTotals a, ExtractionTotals b) =>
        new(a.Sentences + b.Sentences, a.Entities + b.Entities, a.Events + b.Events, a.Roles + b.Roles, a.Relations + b.Relations);
}

/// <summary>
/// One timed pass of the extractor over a corpus. <see cref="CpuTime"/> is the process's processor time over the
/// pass (all threads, the garbage collector's included): on a machine shared with other work, documents per
/// CPU-second is what the extractor would do per core if it had that core to itself.
/// </summary>
public sealed record ExtractionRunResult(int Documents, long Utf8Bytes, TimeSpan Elapsed, TimeSpan CpuTime, long AllocatedBytes, ExtractionTotals Totals)
{
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;
    public double DocumentsPerCpuSecond => Documents / CpuTime.TotalSeconds;
    public double MegabytesPerSecond => Utf8Bytes / 1e6 / Elapsed.TotalSeconds;
    public double AllocatedPerDocument => AllocatedBytes / (double)Documents;
}

/// <summary>Times <see cref="Extractor.Extract"/> over every document, on one thread or on several.</summary>
public static class ExtractionRun
{
    public static ExtractionRunResult Run(Extractor extractor, IReadOnlyList<DocumentInput> docs, long utf8Bytes, int threads)
    {
        Settle();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = ProcessCpu();
        var clock = Stopwatch.StartNew();
        var totals = threads <= 1 ? Sequential(extractor, docs) : Parallel(extractor, docs, threads);
        clock.Stop();
        var cpu = ProcessCpu() - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new ExtractionRunResult(docs.Count, utf8Bytes, clock.Elapsed, cpu, allocated, totals);
    }

    private static ExtractionTotals Sequential(Extractor extractor, IReadOnlyList<DocumentInput> docs)
    {
        var totals = default(ExtractionTotals);
        for (var i = 0; i < docs.Count; i++) totals += ExtractionTotals.Of(extractor.Extract(docs[i]));
        return totals;
    }

    private static ExtractionTotals Parallel(Extractor extractor, IReadOnlyList<DocumentInput> docs, int threads)
    {
        var totals = default(ExtractionTotals);
        var gate = new Lock();
        System.Threading.Tasks.Parallel.For(
            0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => default(ExtractionTotals),
            (i, _, local) => local + ExtractionTotals.Of(extractor.Extract(docs[i])),
            local => { lock (gate) totals += local; });
        return totals;
    }

    /// <summary>Processor time used by this process so far, all threads.</summary>
    public static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Starts each run from a collected heap so one run's garbage is not billed to the next.</summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
