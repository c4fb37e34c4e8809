using System.Globalization;

namespace Graph.Benchmarks.Ingestion;

/// <summary>Options of the <c>ingestion-throughput</c> verb, parsed from its arguments.</summary>
public sealed record ThroughputOptions
{
    public int Documents { get; init; } = 10_000;
    public int Runs { get; init; } = 3;
    public int Threads { get; init; } = 2;
    public int Seed { get; init; } = SyntheticArticleCorpus.DefaultSeed;
    public bool SkipStore { get; init; }

    /// <summary>How many of the corpus's documents the end-to-end run ingests (all when null).</summary>
    public int? StoreDocuments { get; init; }

    /// <summary>Where the end-to-end run keeps its store for inspection afterwards (a fresh temporary directory, deleted, when null).</summary>
    public string? KeepStore { get; init; }
    public int? PrintArticle { get; init; }
    public bool Help { get; init; }

    public const string Usage =
        """
        ingestion-throughput: extraction and end-to-end ingestion speed over a synthetic corpus of ~5 KB news articles.

          --documents N        articles in the corpus (default 10000)
          --runs N             timed extraction runs per mode; the median is reported (default 3)
          --threads N          threads of the parallel extraction mode (default 2; 1 skips it)
          --seed N             corpus seed (default 20250401)
          --skip-store         extraction only, no end-to-end run into SQLite
          --store-documents N  ingest only the first N articles end to end (default: all of them)
          --keep-store DIR     build the end-to-end store in DIR (must not exist) and keep it afterwards
          --print-article N    print article N of the corpus with its metadata and exit
          --help               this text
        """;

    /// <summary>Parses the arguments after the verb; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static ThroughputOptions Parse(IReadOnlyList<string> args)
    {
        var o = new ThroughputOptions();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--documents": o = o with { Documents = Positive(args, ref i) }; break;
                case "--runs": o = o with { Runs = Positive(args, ref i) }; break;
                case "--threads": o = o with { Threads = Positive(args, ref i) }; break;
                case "--seed": o = o with { Seed = Number(args, ref i) }; break;
                case "--skip-store": o = o with { SkipStore = true }; break;
                case "--store-documents": o = o with { StoreDocuments = Positive(args, ref i) }; break;
                case "--keep-store":
                    if (++i >= args.Count) throw new ArgumentException("--keep-store needs a directory.");
                    o = o with { KeepStore = args[i] };
                    break;
                case "--print-article": o = o with { PrintArticle = Number(args, ref i) }; break;
                case "--help" or "-h": o = o with { Help = true }; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }
        return o;
    }

    private static int Number(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        if (++i >= args.Count || !int.TryParse(args[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
            throw new ArgumentException($"{name} needs a non-negative whole number.");
        return value;
    }

    private static int Positive(IReadOnlyList<string> args, ref int i)
    {
        var name = args[i];
        var value = Number(args, ref i);
        return value > 0 ? value : throw new ArgumentException($"{name} must be at least 1.");
    }
}
