using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>Small shared checks over tokens and mentions.</summary>
internal static class RecognizerHelpers
{
    /// <summary>Capitalized words that open sentences or headlines and are never part of a name.</summary>
    public static readonly HashSet<string> NonNameWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "as", "by", "for", "from", "to", "of", "and", "or", "but", "with", "after", "before",
        "according", "despite", "although", "though", "while", "when", "since", "during", "this", "that", "these", "those",
        "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "our", "however", "moreover", "meanwhile",
        "thus", "therefore", "also", "both", "some", "many", "all", "several", "unfortunately", "related", "photo",
        "source", "article", "articles", "search", "embed", "original", "url", "read", "more", "said", "says", "there",
        "then", "now", "what", "who", "why", "how", "where", "which", "if", "as", "not", "no", "yes", "further", "additionally",
        "finally", "first", "second", "third", "last", "next", "new", "one", "two", "three", "following",
    };

    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "al", "el", "bin", "ibn", "bint", "abu", "ben", "del", "dos", "das",
    };

    public static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "sheikh", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "prince", "princess", "lord",
    };

    public static bool IsNameWord(in Token t) =>
        t.Kind == TokenKind.Word && (t.Is(TokenFlags.Capitalized) || t.Is(TokenFlags.AllCaps)) && !t.Is(TokenFlags.HasDigit);

    /// <summary>The mention (top level or inner) that ends exactly at <paramref name="tokenEnd"/>, preferring the longest.</summary>
    public static Mention? MentionEndingAt(DocumentContext doc, int sentence, int tokenEnd, bool actorsOnly)
    {
        Mention? best = null;
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.TokenEnd != tokenEnd || m.Entity is null) continue;
            if (actorsOnly && m.Entity.Kind is not (NodeKind.State or NodeKind.Organization)) continue;
            if (best is null || m.TokenCount > best.TokenCount) best = m;
        }
        return best;
    }

    public static Mention? MentionStartingAt(DocumentContext doc, int sentence, int tokenStart)
    {
        Mention? best = null;
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.TokenStart != tokenStart || m.Entity is null) continue;
            if (best is null || m.TokenCount > best.TokenCount) best = m;
        }
        return best;
    }

    /// <summary>Marks mentions inside [start, end) as inner mentions of a larger one.</summary>
    public static void MarkInner(DocumentContext doc, int sentence, int start, int end, Mention outer)
    {
        foreach (var m in doc.Mentions[sentence])
        {
            if (m != outer && m.TokenStart >= start && m.TokenEnd <= end)
            {
                m.Inner = true;
                m.Outer ??= outer;
            }
        }
    }

    /// <summary>True when any mention overlaps [start, end).</summary>
    public static bool Overlaps(DocumentContext doc, int sentence, int start, int end)
    {
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.TokenStart < end && start < m.TokenEnd) return true;
        }
        return false;
    }

    public static string Surface(DocumentContext doc, int tokenStart, int tokenEnd) => doc.Text.TokenText(tokenStart, tokenEnd);

    /// <summary>Text of the tokens with straight apostrophes and single spaces ("Prosecutor General's Office").</summary>
    public static string CleanSurface(DocumentContext doc, int tokenStart, int tokenEnd)
    {
        var raw = doc.Text.TokenText(tokenStart, tokenEnd);
        var sb = new System.Text.StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c == '’' ? '\'' : c);
        }
        return sb.ToString();
    }
}
