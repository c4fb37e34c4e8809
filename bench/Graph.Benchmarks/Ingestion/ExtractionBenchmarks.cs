using BenchmarkDotNet.Attributes;
using Graph.Ingestion;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// Extraction alone over the synthetic articles (about 5 KB each). Target: at least 1,000 documents per second on
/// one thread on the 2-core build machine. Each invocation extracts the next slice of 100 distinct documents (20
/// slices, 2,000 documents cycled), and one operation is one document: Op/s is documents per second, Allocated is
/// bytes per document. The full 10,000-document timed runs are the <c>ingestion-throughput</c> verb.
/// </summary>
[Config(typeof(IngestionBenchmarkConfig))]
public class ExtractionBenchmarks
{
    public const int DocumentsPerInvocation = 100;
    private const int Slices = 20;

    private Extractor _extractor = null!;
    private DocumentInput[][] _slices = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var lexicon = Graph.Ingestion.Lexicon.Lexicon.LoadDefault();
        _extractor = new Extractor(lexicon);
        var corpus = new SyntheticArticleCorpus(lexicon);
        _slices = Enumerable.Range(0, Slices).Select(s => corpus.Generate(DocumentsPerInvocation, s * DocumentsPerInvocation)).ToArray();
        var found = _slices[0].Sum(d => _extractor.Extract(d).Entities.Count);
        if (found == 0) throw new InvalidOperationException("the extractor found no entities in the synthetic articles; nothing real would be measured");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = DocumentsPerInvocation)]
    public int Extract_1_thread()
    {
        var slice = _slices[_next++ % Slices];
        var entities = 0;
        foreach (var d in slice) entities += _extractor.Extract(d).Entities.Count;
        return entities;
    }

    [Benchmark(OperationsPerInvoke = DocumentsPerInvocation)]
    public int Extract_2_threads()
    {
        var slice = _slices[_next++ % Slices];
        var entities = 0;
        Parallel.For(0, slice.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            () => 0,
            (i, _, local) => local + _extractor.Extract(slice[i]).Entities.Count,
            local => Interlocked.Add(ref entities, local));
        return entities;
    }
}
