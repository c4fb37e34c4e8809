using System.Diagnostics;
using Graph.Ingestion;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Benchmarks.Ingestion;

/// <summary>Time spent in each stage of extraction over a corpus, one thread.</summary>
public sealed record StageTimes(TimeSpan Validation, TimeSpan Hashing, TimeSpan Analysis, TimeSpan Recognition, TimeSpan Building)
{
    public TimeSpan Total => Validation + Hashing + Analysis + Recognition + Building;

    public IEnumerable<(string Stage, TimeSpan Time)> Rows =>
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
/// hot spot shows. Text analysis is timed on its own and subtracted from the reading stage that repeats it.
/// Uses the extractor's internal stages (the ingestion assembly lets this one see them).
/// </summary>
public static class StageBreakdown
{
    public static StageTimes Run(Extractor extractor, IReadOnlyList<DocumentInput> docs)
    {
        ExtractionRun.Settle();
        var analyzer = new TextAnalyzer(extractor.Lexicon.Tokenizer);
        long validation = 0, hashing = 0, analysis = 0, reading = 0, building = 0;
        foreach (var input in docs)
        {
            var t0 = Stopwatch.GetTimestamp();
            var text = InputValidator.Validate(input);
            var t1 = Stopwatch.GetTimestamp();
            var hash = FactIds.ContentHash(text);
            var t2 = Stopwatch.GetTimestamp();
            var analyzed = analyzer.Analyze(text, input.Title);
            var t3 = Stopwatch.GetTimestamp();
            var doc = extractor.Read(text, input.Title, FactIds.ForDocument(Extractor.StableKey(input) ?? hash), input.PublishedAt);
            var t4 = Stopwatch.GetTimestamp();
            var result = ResultBuilder.Build(doc, input, hash);
            var t5 = Stopwatch.GetTimestamp();
            if (analyzed.Sentences.Length != result.Sentences.Count) throw new InvalidOperationException("the analysis timed alone differs from the extractor's own");
            validation += t1 - t0;
            hashing += t2 - t1;
            analysis += t3 - t2;
            reading += t4 - t3;
            building += t5 - t4;
        }
        return new StageTimes(Ticks(validation), Ticks(hashing), Ticks(analysis), Ticks(Math.Max(0, reading - analysis)), Ticks(building));
    }

    private static TimeSpan Ticks(long stopwatchTicks) => Stopwatch.GetElapsedTime(0, stopwatchTicks);
}
