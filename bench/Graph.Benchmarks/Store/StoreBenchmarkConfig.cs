using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Graph.Benchmarks.Store;

/// <summary>
/// A short job (3 warmup and 10 measured iterations) run in-process, so that the 100,000-document database is
/// opened by the measured process itself; median and 95th percentile reported next to the mean. The in-process
/// time limit is raised to an hour because the first run generates the database in its global setup.
/// </summary>
public sealed class StoreBenchmarkConfig : ManualConfig
{
    public StoreBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)).WithId("Short"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Min, StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
