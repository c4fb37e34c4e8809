namespace Graph.Ingestion;

/// <summary>
/// One document to ingest: its text (or raw bytes, which must be UTF-8 text) and what is known about it.
/// Either <see cref="Text"/> or <see cref="Bytes"/> must be given. The document's identity is its
/// <see cref="Url"/>, else its <see cref="SourcePath"/>, else its content hash.
/// </summary>
public sealed record DocumentInput
{
    public string? Text { get; init; }

    /// <summary>Raw content as received (a file, an upload). Decoded as strict UTF-8; a BOM is allowed.</summary>
    public ReadOnlyMemory<byte>? Bytes { get; init; }

    public string? Title { get; init; }
    public string? Publisher { get; init; }
    public string? Author { get; init; }

    /// <summary>When the document was published, if stated. Without it the pipeline infers a window from the text.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    public string? Url { get; init; }

    /// <summary>Where the document was read from (a file name such as "seeds/001_….txt").</summary>
    public string? SourcePath { get; init; }

    public static DocumentInput FromText(string text, string? title = null, string? sourcePath = null) =>
        new() { Text = text, Title = title, SourcePath = sourcePath };
}
