using System.Text;

namespace Graph.GraphQL.Types;

/// <summary>
/// "Did you mean" hints as graphql-js builds them: candidates within an edit distance of 40% of the input length
/// (case changes and transpositions count as one edit), closest first, then in natural order; at most five quoted.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (found.ContainsKey(option))
            {
                continue;
            }

            var distance = Distance(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                found[option] = d;
            }
        }

        var result = found.Keys.ToList();
        result.Sort((a, b) =>
        {
            var byDistance = found[a] - found[b];
            return byDistance != 0 ? byDistance : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>
    /// The hint text appended to messages: empty when there is nothing to suggest, otherwise
    /// <c> Did you mean [subMessage ]"a", "b", or "c"?</c> (note the leading space).
    /// </summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        if (!string.IsNullOrEmpty(subMessage))
        {
            builder.Append(subMessage).Append(' ');
        }

        if (suggestions.Count == 1)
        {
            return builder.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        }

        if (suggestions.Count == 2)
        {
            return builder.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(MaxSuggestions, suggestions.Count);
        for (var i = 0; i < count - 1; i++)
        {
            builder.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return builder.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>Compares strings so that embedded numbers sort by value ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0;
                do
                {
                    an = (an * 10) + (a[ai] - '0');
                    ai++;
                }
                while (ai < a.Length && char.IsAsciiDigit(a[ai]) && an > 0);

                long bn = 0;
                do
                {
                    bn = (bn * 10) + (b[bi] - '0');
                    bi++;
                }
                while (bi < b.Length && char.IsAsciiDigit(b[bi]) && bn > 0);

                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }

    private static int? Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                if (cell < smallest)
                {
                    smallest = cell;
                }

                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
