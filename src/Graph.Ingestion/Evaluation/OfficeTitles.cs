using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// Reads an office title for comparison: normalized (<see cref="NameKey.Normalize"/>), a leading "acting" taken off
/// and reported apart, and a trailing "of &lt;the office's state or organization&gt;" taken off, so that
/// "acting Prime Minister of Armenia" compares as the acting "prime minister".
/// </summary>
public static class OfficeTitles
{
    public static (string Title, bool Acting) Split(string title, IReadOnlySet<string> ofNames)
    {
        var key = NameKey.Normalize(title);
        var acting = false;
        if (key.StartsWith("acting ", StringComparison.Ordinal))
        {
            acting = true;
            key = key["acting ".Length..];
        }
        foreach (var name in ofNames)
        {
            var suffix = " of " + name;
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
            {
                key = key[..^suffix.Length];
                break;
            }
        }
        return (key, acting);
    }
}
