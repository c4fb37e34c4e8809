using System.Text;

namespace Graph.Ingestion;

/// <summary>
/// Checks a document before anything is read from it: present, at most <see cref="MaxBytes"/>, valid UTF-8, text
/// rather than binary, plain text rather than an HTML page. Returns the text to ingest or throws
/// <see cref="DocumentRejectedException"/>.
/// </summary>
public static class InputValidator
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] HtmlTags =
    [
        "<html", "<head", "<body", "<div", "<p>", "<p ", "<span", "<a href", "<br", "<script", "<style", "<meta", "<table", "<li>", "<ul>", "<h1", "<h2", "<img ",
    ];

    public static string Validate(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string text;
        if (input.Text is not null)
        {
            text = input.Text;
            if (text.Length > MaxBytes || StrictUtf8.GetByteCount(text) > MaxBytes)
                throw new DocumentRejectedException(RejectionReason.TooLarge, $"The document is larger than {MaxBytes / (1024 * 1024)} MB.");
        }
        else if (input.Bytes is { } bytes)
        {
            if (bytes.Length > MaxBytes)
                throw new DocumentRejectedException(RejectionReason.TooLarge, $"The document is {bytes.Length:N0} bytes; the limit is {MaxBytes:N0} bytes ({MaxBytes / (1024 * 1024)} MB).");
            var span = bytes.Span;
            if (span.IndexOf((byte)0) >= 0)
                throw new DocumentRejectedException(RejectionReason.Binary, "The document holds NUL bytes: it is binary, not text.");
            if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF) span = span[3..];
            try
            {
                text = StrictUtf8.GetString(span);
            }
            catch (DecoderFallbackException e)
            {
                throw new DocumentRejectedException(RejectionReason.NotUtf8, $"The document is not valid UTF-8 (invalid byte sequence at offset {e.Index}).");
            }
        }
        else
        {
            throw new DocumentRejectedException(RejectionReason.Empty, "The document has neither text nor bytes.");
        }

        if (string.IsNullOrWhiteSpace(text))
            throw new DocumentRejectedException(RejectionReason.Empty, "The document text is empty.");
        CheckBinary(text);
        CheckHtml(text);
        return text;
    }

    private static void CheckBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0') throw new DocumentRejectedException(RejectionReason.Binary, "The document holds NUL characters: it is binary, not text.");
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        }
        if (control > 8 && control * 100 > text.Length)
            throw new DocumentRejectedException(RejectionReason.Binary, $"The document holds {control} control characters: it looks binary, not text.");
    }

    private static void CheckHtml(string text)
    {
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            throw new DocumentRejectedException(RejectionReason.Html, "The document is an HTML page; send its plain text instead.");
        var tags = 0;
        foreach (var tag in HtmlTags)
        {
            var from = 0;
            while (tags < 1000)
            {
                var i = text.IndexOf(tag, from, StringComparison.OrdinalIgnoreCase);
                if (i < 0) break;
                tags++;
                from = i + tag.Length;
            }
        }
        // A few angle brackets can occur in text; many tags relative to the text mean markup.
        if (tags >= 5 && tags * 200 > text.Length)
            throw new DocumentRejectedException(RejectionReason.Html, $"The document contains HTML markup ({tags} tags); send its plain text instead.");
    }
}
