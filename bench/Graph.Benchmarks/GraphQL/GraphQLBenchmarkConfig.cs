using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Graph.Benchmarks.GraphQL;

/// <summary>
/// A short job (3 warmup and 10 measured iterations) run in-process, so that no boilerplate project has to be built
/// on a busy machine; operations per second, median, minimum (the least disturbed iteration on a shared machine) and allocations reported.
/// </summary>
public sealed class GraphQLBenchmarkConfig : ManualConfig
{
    public GraphQLBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("Short"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.OperationsPerSecond);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
