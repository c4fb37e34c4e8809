using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Model;

/// <summary>
/// Ids of nodes and facts. Node ids are "prefix:slug" (e.g. "person:nikol-pashinyan"); once a node exists its id
/// never changes, whatever later documents add. Relation ids follow from the relation's content so that the same
/// fact read in several documents lands on one relation.
/// </summary>
public static class FactIds
{
    public const int MaxIdLength = 200;

    /// <summary>An id for a new node of the kind with the name; the caller adds a suffix if the id is taken by another node.</summary>
    public static string ForNode(NodeKind kind, string name) => kind.IdPrefix() + ":" + Slug(name);

    /// <summary>The id of a document from its stable key (url or source path) or, failing that, its content hash.</summary>
    public static string ForDocument(string stableKey) => "doc:" + ShortHash(stableKey, 16);

    public static string Relation(RelationType type, string from, string to, string? role) =>
        "rel:" + ShortHash($"{type.CypherName()}|{from}|{to}|{NameKey.Normalize(role ?? "")}", 20);

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The kind a node id denotes, from its prefix; false for relation ids and malformed ids.</summary>
    public static bool TryGetKind(string id, out NodeKind kind)
    {
        kind = default;
        var colon = id.IndexOf(':');
        return colon > 0 && NodeKinds.TryParsePrefix(id[..colon], out kind);
    }

    public static bool IsRelationId(string id) => id.StartsWith("rel:", StringComparison.Ordinal);

    /// <summary>Lower-case ASCII letters and digits joined by '-', accents folded: "Nikol Pashinyan" -> "nikol-pashinyan".</summary>
    public static string Slug(string name)
    {
        var folded = NameKey.FoldAccents(name);
        var sb = new StringBuilder(folded.Length);
        var dash = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
            if (sb.Length >= 120) break;
        }
        return sb.Length == 0 ? ShortHash(name, 12) : sb.ToString();
    }

    private static string ShortHash(string text, int hexChars) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexChars];
}

/// <summary>The key names and aliases are compared by: accents folded, case folded, punctuation and spacing collapsed.</summary>
public static class NameKey
{
    public static string Normalize(string name)
    {
        var folded = FoldAccents(name);
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is '\'' or '’' or '.')
            {
                // "U.S." and "US", "Armenia’s" apostrophes: dropped without a break.
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    public static string FoldAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'ı' => 'i', 'ə' => 'e', 'Ə' => 'E', 'ß' => 's', 'ø' => 'o', 'Ø' => 'O', 'ł' => 'l', 'Ł' => 'L', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
