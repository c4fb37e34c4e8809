using BenchmarkDotNet.Running;
using Graph.Benchmarks.Ingestion;

// A plain timed run over the full synthetic ingestion corpus, outside BenchmarkDotNet (Ingestion/IngestionThroughput.cs).
if (args is [IngestionThroughput.Verb, ..]) return await IngestionThroughput.RunAsync(args[1..]);

// Every benchmark class of this assembly, chosen with --filter (e.g. --filter '*Store*') or interactively.
// Each area keeps its benchmarks in its own folder (Store/, ...).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
