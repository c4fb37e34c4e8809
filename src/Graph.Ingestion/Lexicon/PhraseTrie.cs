using Graph.Ingestion.Text;

namespace Graph.Ingestion.Lexicon;

/// <summary>
/// A trie over lower-case token strings. Phrases are added as token sequences (tokenized like the documents), so a
/// lookup walks the document's tokens with one dictionary probe each and allocates nothing.
/// </summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Payloads;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> tokens, T payload)
    {
        if (tokens.Count == 0) return;
        var node = _root;
        foreach (var t in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(t, out var next))
            {
                next = new Node();
                node.Children[t] = next;
            }
            node = next;
        }
        node.Payloads ??= [];
        node.Payloads.Add(payload);
        Count++;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/> (not crossing <paramref name="end"/>) whose payloads pass
    /// <paramref name="accept"/>; returns its token length (0 when none) and the accepted payloads.
    /// </summary>
    public int LongestMatch(Token[] tokens, int start, int end, List<T> payloads, Func<T, int, int, bool>? accept = null)
    {
        payloads.Clear();
        var node = _root;
        var best = 0;
        for (var k = start; k < end; k++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[k].Lower, out var next)) break;
            node = next;
            if (node.Payloads is null) continue;
            var any = false;
            foreach (var p in node.Payloads)
            {
                if (accept is not null && !accept(p, start, k + 1)) continue;
                if (!any) { payloads.Clear(); any = true; }
                payloads.Add(p);
            }
            if (any) best = k + 1 - start;
        }
        return best;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/> (not crossing <paramref name="end"/>): its token length
    /// (0 when none) and all its payloads. The list is the trie's own: read it, never change it.
    /// </summary>
    public int LongestMatch(Token[] tokens, int start, int end, out List<T>? payloads)
    {
        payloads = null;
        var node = _root;
        var best = 0;
        for (var k = start; k < end; k++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[k].Lower, out var next)) break;
            node = next;
            if (node.Payloads is null || node.Payloads.Count == 0) continue;
            payloads = node.Payloads;
            best = k + 1 - start;
        }
        return best;
    }

    /// <summary>True when some phrase matches exactly [start, end).</summary>
    public bool TryExact(Token[] tokens, int start, int end, out List<T>? payloads)
    {
        payloads = null;
        var node = _root;
        for (var k = start; k < end; k++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[k].Lower, out var next)) return false;
            node = next;
        }
        payloads = node.Payloads;
        return payloads is not null;
    }
}
