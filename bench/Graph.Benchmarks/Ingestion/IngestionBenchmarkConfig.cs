using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// In-process job (no generated project to build in the shared tree), 3 warmup and 15 measured iterations. One
/// operation is one document, so "Op/s" reads as documents per second and "Allocated" as bytes per document.
/// </summary>
public sealed class IngestionBenchmarkConfig : ManualConfig
{
    public IngestionBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance).WithId("InProcess"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.OperationsPerSecond);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
