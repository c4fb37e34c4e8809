using System.Collections.Concurrent;

namespace Graph.Ingestion.Text;

/// <summary>Shared strings for single characters and short lower-case words, to keep tokenizing allocation-light.</summary>
internal static class CharStrings
{
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);
    private const int MaxInterned = 50_000;

    public static string Of(char c) => c < 128 ? Ascii[c] : c.ToString();

    /// <summary>Returns a shared instance for short words; longer or rarer ones are allocated.</summary>
    public static string Intern(ReadOnlySpan<char> word)
    {
        if (word.Length == 1) return Of(word[0]);
        if (word.Length > 16) return word.ToString();
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var existing)) return existing;
        var s = word.ToString();
        if (Words.Count < MaxInterned) Words.TryAdd(s, s);
        return s;
    }
}
