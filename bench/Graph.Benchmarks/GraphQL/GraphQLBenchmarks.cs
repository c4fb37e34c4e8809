using System.Buffers;
using BenchmarkDotNet.Attributes;
using Graph.GraphQL;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Language;
using Graph.GraphQL.Validation;

namespace Graph.Benchmarks.GraphQL;

/// <summary>
/// Parse, validate and execute for the three shared workloads (Workloads/README.md); bench/graphql-js/bench.mjs times
/// the same operations on graphql-js. <c>Execute</c> runs a parsed document with no cache at all (graphql-js's
/// <c>execute</c>); <c>ExecuteCached</c> is the engine's normal path for a repeated query (hash lookup, cached plans);
/// <c>ExecuteToJson</c> adds writing the response as UTF-8 JSON (graphql-js: <c>execute</c> + <c>JSON.stringify</c>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GraphQLBenchmarkConfig))]
public class GraphQLBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private GraphQLWorkload _workload = null!;

    [Params(WorkloadName.Introspection, WorkloadName.Nested, WorkloadName.Small)]
    public WorkloadName Workload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = GraphQLWorkload.Create(Workload);
        var result = _workload.Engine.ExecuteAsync(_workload.Request).GetAwaiter().GetResult();
        if (result.Errors.Count > 0 || !result.HasData)
        {
            throw new InvalidOperationException("The workload does not execute cleanly: " + result.ToJson());
        }

        var json = result.ToJson();
        var digest = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));
        Console.WriteLine($"// {Workload}: {json.Length} characters of JSON, SHA-256 {digest}");
    }

    [Benchmark]
    public object Parse() => Parser.Parse(_workload.Query);

    [Benchmark]
    public int Validate() => Validator.Validate(_workload.Schema, _workload.Document).Count;

    [Benchmark]
    public ExecutionResult Execute() =>
        Executor.ExecuteAsync(_workload.Schema, _workload.Document, _workload.Request).GetAwaiter().GetResult();

    [Benchmark]
    public ExecutionResult ExecuteCached() => _workload.Engine.ExecuteAsync(_workload.Request).GetAwaiter().GetResult();

    [Benchmark]
    public int ExecuteToJson()
    {
        var result = _workload.Engine.ExecuteAsync(_workload.Request).GetAwaiter().GetResult();
        _output.ResetWrittenCount();
        result.WriteTo(_output);
        return _output.WrittenCount;
    }
}
