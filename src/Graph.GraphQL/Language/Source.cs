using System.Buffers;
using System.Text.Unicode;

namespace Graph.GraphQL.Language;

/// <summary>
/// A GraphQL source text with a name (used in messages). Computes 1-based line/column positions for character offsets,
/// counting line terminators as the spec does (<c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>).
/// </summary>
public sealed class Source
{
    /// <summary>The name graphql-js gives to request documents.</summary>
    public const string DefaultName = "GraphQL request";

    private int[]? _lineStarts;

    /// <summary>Creates a source from text.</summary>
    public Source(string body, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name ?? DefaultName;
    }

    /// <summary>The full text.</summary>
    public string Body { get; }

    /// <summary>The name of the source, e.g. a file name.</summary>
    public string Name { get; }

    /// <summary>
    /// Decodes UTF-8 bytes into a source. Invalid UTF-8 (overlong forms, surrogate code points, truncated sequences, stray
    /// continuation bytes) is rejected with a <see cref="GraphQLSyntaxError"/> located at the first bad character.
    /// A leading byte order mark is kept; the lexer ignores it.
    /// </summary>
    public static Source FromUtf8(ReadOnlySpan<byte> utf8, string name = DefaultName)
    {
        if (utf8.Length == 0)
        {
            return new Source(string.Empty, name);
        }

        var buffer = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            var status = Utf8.ToUtf16(utf8, buffer, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new Source(new string(buffer, 0, charsWritten), name);
            }

            // Keep the valid prefix so the error can point at a line and column.
            var prefix = new Source(new string(buffer, 0, charsWritten), name);
            throw new GraphQLSyntaxError(prefix, charsWritten,
                $"Invalid UTF-8 byte sequence at byte offset {bytesRead}.");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The 1-based line and column of a character offset (clamped to the text).</summary>
    public SourceLocation GetLocation(int position)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        if (position < 0)
        {
            position = 0;
        }

        // Find the last line start that is <= position.
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return new SourceLocation(lo + 1, position - starts[lo] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
