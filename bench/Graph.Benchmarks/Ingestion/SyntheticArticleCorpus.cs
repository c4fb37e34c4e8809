using System.Text;
using Graph.Ingestion;
using Graph.Ingestion.Lexicon;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// A deterministic corpus of invented news articles (about 5 KB each) on prisoner releases and exchanges, returns
/// of remains, ceasefires, meetings and mediation, for the ingestion benchmarks. Article <c>i</c> depends only on
/// the seed and <c>i</c>, so any slice can be regenerated alone; every article has its own URL (its identity).
/// </summary>
public sealed class SyntheticArticleCorpus(Lexicon lexicon, int seed = SyntheticArticleCorpus.DefaultSeed)
{
    public const int DefaultSeed = 20_250_401;

    private readonly ArticleCast _cast = new(lexicon, seed);

    public int Seed { get; } = seed;

    public DocumentInput Article(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return ArticleWriter.Write(_cast, Seed, index);
    }

    /// <summary>Articles <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1.</summary>
    public DocumentInput[] Generate(int count, int first = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var docs = new DocumentInput[count];
        for (var i = 0; i < count; i++) docs[i] = Article(first + i);
        return docs;
    }

    /// <summary>Total size of the articles' text as UTF-8, the unit of the MB/s figures.</summary>
    public static long Utf8Bytes(IEnumerable<DocumentInput> docs) => docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text ?? ""));
}
