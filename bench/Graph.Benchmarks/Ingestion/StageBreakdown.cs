using System.Diagnostics;
using Graph.Ingestion;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Benchmarks.Ingestion;

/// <summary>Time spent and bytes allocated in one stage of extraction over a corpus.</summary>
public readonly record struct StageCost(TimeSpan Time, long Allocated);

/// <summary>Cost of each stage of extraction over a corpus, one thread.</summary>
public sealed record StageTimes(StageCost Validation, StageCost Hashing, StageCost Analysis, StageCost Recognition, StageCost Building)
{
    public TimeSpan Total => Validation.Time + Hashing.Time + Analysis.Time + Recognition.Time + Building.Time;

    public IEnumerable<(string Stage, StageCost Cost)> Rows =>
    [
        ("input validation (UTF-8, binary, HTML checks)", Validation),
        ("content hash (SHA-256)", Hashing),
        ("text analysis (blocks, tokens, sentences, zones)", Analysis),
        ("recognizers, dates, quantities, events, relations", Recognition),
        ("result building (entities, events, evidence)", Building),
    ];
}

/// <summary>
/// Runs the stages that <see cref="Extractor.Extract"/> chains, one at a time with a stopwatch around each, so the
/// hot spot shows (and with the bytes each allocates on this thread). Text analysis is measured on its own and
/// subtracted from the reading stage that repeats it.
/// Uses the extractor's internal stages (the ingestion assembly lets this one see them).
/// </summary>
public static class StageBreakdown
{
    public static StageTimes Run(Extractor extractor, IReadOnlyList<DocumentInput> docs)
    {
        ExtractionRun.Settle();
        var analyzer = new TextAnalyzer(extractor.Lexicon.Tokenizer);
        var time = new long[6];
        var bytes = new long[6];
        var t = new long[6];
        var b = new long[6];
        foreach (var input in docs)
        {
            Mark(0);
            var text = InputValidator.Validate(input);
            Mark(1);
            var hash = FactIds.ContentHash(text);
            Mark(2);
            var analyzed = analyzer.Analyze(text, input.Title);
            Mark(3);
            var doc = extractor.Read(text, input.Title, FactIds.ForDocument(Extractor.StableKey(input) ?? hash), input.PublishedAt);
            Mark(4);
            var result = ResultBuilder.Build(doc, input, hash);
            Mark(5);
            if (analyzed.Sentences.Length != result.Sentences.Count) throw new InvalidOperationException("the analysis measured alone differs from the extractor's own");
            for (var stage = 0; stage < 5; stage++)
            {
                time[stage] += t[stage + 1] - t[stage];
                bytes[stage] += b[stage + 1] - b[stage];
            }
        }
        StageCost Cost(int stage) => new(Stopwatch.GetElapsedTime(0, time[stage]), bytes[stage]);
        var reading = new StageCost(
            Stopwatch.GetElapsedTime(0, Math.Max(0, time[3] - time[2])), Math.Max(0, bytes[3] - bytes[2]));
        return new StageTimes(Cost(0), Cost(1), Cost(2), reading, Cost(4));

        void Mark(int at)
        {
            b[at] = GC.GetAllocatedBytesForCurrentThread();
            t[at] = Stopwatch.GetTimestamp();
        }
    }
}
