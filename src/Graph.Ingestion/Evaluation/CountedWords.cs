using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// Compares what two quantities count ("Armenian military detainees" and "detainees"): they agree when they share a
/// content word, after case and accent folding, dropping function words and a plain-English plural ending.
/// </summary>
internal static class CountedWords
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "by", "to", "for", "from", "with", "who", "that", "which",
        "were", "was", "are", "is", "be", "been", "have", "has", "had", "only", "more", "than", "about", "around", "over",
        "least", "nearly", "almost", "some", "their", "its", "his", "her", "our", "new", "other", "type", "types",
    };

    public static bool Agree(string gold, string predicted)
    {
        var words = Words(gold);
        return Words(predicted).Any(words.Contains);
    }

    public static HashSet<string> Words(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in NameKey.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (FunctionWords.Contains(word)) continue;
            set.Add(Singular(word));
        }
        return set;
    }

    private static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        return word;
    }
}
