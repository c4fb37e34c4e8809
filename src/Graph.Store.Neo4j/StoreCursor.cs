using System.Globalization;
using System.Text;
using Graph.Model;

namespace Graph.Store.Neo4j;

/// <summary>Opaque page cursors: a tag naming the list and the sort key of the last item, base64url-encoded.</summary>
internal static class StoreCursor
{
    public static string Encode(string tag, params string[] parts) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(tag + "\n" + string.Join('\n', parts)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string[] Decode(string cursor, string tag, int parts, string path)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var fields = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('\n');
            if (fields.Length == parts + 1 && fields[0] == tag) return fields[1..];
        }
        catch (FormatException)
        {
            // falls through to the typed error below
        }
        throw ReadChecks.Invalid(path, "is not a cursor returned by this store for this list");
    }

    public static long Long(string value, string path) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw ReadChecks.Invalid(path, "is not a cursor returned by this store for this list");

    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
