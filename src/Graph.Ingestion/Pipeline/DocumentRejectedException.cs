namespace Graph.Ingestion;

/// <summary>Why a document was refused before anything was extracted or written.</summary>
public enum RejectionReason
{
    /// <summary>Neither text nor bytes were given, or the text holds only white space.</summary>
    Empty,
    /// <summary>The content is larger than <see cref="InputValidator.MaxBytes"/>.</summary>
    TooLarge,
    /// <summary>The bytes are not valid UTF-8.</summary>
    NotUtf8,
    /// <summary>The content looks binary (NUL or many control characters).</summary>
    Binary,
    /// <summary>The content is an HTML or XML page rather than plain text.</summary>
    Html,
}

/// <summary>
/// A document the pipeline refuses to ingest. Nothing has been written when this is thrown.
/// <see cref="Reason"/> is machine-readable; the message names the problem for a person.
/// </summary>
public sealed class DocumentRejectedException(RejectionReason reason, string message) : Exception(message)
{
    public RejectionReason Reason { get; } = reason;

    /// <summary>A stable code such as "DOCUMENT_TOO_LARGE".</summary>
    public string Code => Reason switch
    {
        RejectionReason.Empty => "DOCUMENT_EMPTY",
        RejectionReason.TooLarge => "DOCUMENT_TOO_LARGE",
        RejectionReason.NotUtf8 => "DOCUMENT_NOT_UTF8",
        RejectionReason.Binary => "DOCUMENT_BINARY",
        RejectionReason.Html => "DOCUMENT_IS_HTML",
        _ => "DOCUMENT_REJECTED",
    };
}
