using System.Collections.Concurrent;

namespace Graph.Ingestion.Text;

/// <summary>Shared strings for single characters and short lower-case words, to keep tokenizing allocation-light.</summary>
internal static class CharStrings
{
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxInterned = 50_000;
    private const int MaxLength = 16;
    /// <summary>Approximate size of <see cref="Words"/> (the dictionary's own Count takes all its locks).</summary>
    private static int _interned;

    /// <summary>
    /// A small direct-mapped cache per thread in front of <see cref="Words"/>: most words of a document were seen in
    /// the previous ones, and a slot probe is much cheaper than the shared dictionary. A collision just replaces the slot.
    /// </summary>
    [ThreadStatic] private static string?[]? _recent;
    private const int RecentSlots = 4096;

    public static string Of(char c) => c < 128 ? Ascii[c] : c.ToString();

    /// <summary>Returns a shared instance for short words; longer or rarer ones are allocated.</summary>
    public static string Intern(ReadOnlySpan<char> word)
    {
        if (word.Length == 1) return Of(word[0]);
        if (word.Length > MaxLength) return word.ToString();
        var recent = _recent ??= new string?[RecentSlots];
        var slot = Slot(word);
        var cached = recent[slot];
        if (cached is not null && word.SequenceEqual(cached)) return cached;
        if (!WordsBySpan.TryGetValue(word, out var shared))
        {
            shared = word.ToString();
            if (Volatile.Read(ref _interned) < MaxInterned && Words.TryAdd(shared, shared)) Interlocked.Increment(ref _interned);
        }
        recent[slot] = shared;
        return shared;
    }

    private static int Slot(ReadOnlySpan<char> word)
    {
        var h = (uint)word.Length * 0x9E3779B1u;
        foreach (var c in word) h = (h ^ c) * 0x01000193u;
        return (int)((h ^ (h >> 15)) & (RecentSlots - 1));
    }
}
