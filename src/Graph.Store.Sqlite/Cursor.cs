using System.Text;
using Graph.Model;

namespace Graph.Store.Sqlite;

/// <summary>
/// Opaque page cursors: a tag and the sort key of the last item, base64url-encoded. A cursor that does not decode
/// is bad input (<see cref="InvalidFactException"/>), never a crash.
/// </summary>
internal static class Cursor
{
    public static string Encode(string tag, params string[] parts) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(tag + "\n" + string.Join('\n', parts))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string[] Decode(string cursor, string tag, int parts, string path)
    {
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var fields = Encoding.UTF8.GetString(Convert.FromBase64String(b64)).Split('\n');
            if (fields.Length == parts + 1 && fields[0] == tag) return fields[1..];
        }
        catch (FormatException)
        {
        }
        throw new InvalidFactException([new FactProblem(path, "is not a cursor returned by this store for this list")]);
    }

    public static long DecodeLong(string value, string path) =>
        long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidFactException([new FactProblem(path, "is not a cursor returned by this store for this list")]);
}
