using System.Text;

namespace Graph.Store.Neo4j.Mapping;

/// <summary>Lucene query strings for the full-text name index.</summary>
internal static class LuceneQuery
{
    /// <summary>
    /// Every word of a normalized name key (<see cref="Graph.Model.NameKey.Normalize"/>) required, each as a prefix:
    /// <c>+word1* +word2*</c>. Keys hold only letters, digits and single spaces; anything else is escaped all the same,
    /// so no input can change the query's structure. The string still travels as a parameter.
    /// </summary>
    public static string AllWordPrefixes(string key)
    {
        var sb = new StringBuilder(key.Length + 8);
        foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append('+');
            foreach (var c in word)
            {
                if (!char.IsLetterOrDigit(c)) sb.Append('\\');
                sb.Append(c);
            }
            sb.Append('*');
        }
        return sb.ToString();
    }
}
