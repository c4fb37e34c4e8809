using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// An office a person holds according to a document: the title ("Prime Minister"), other wordings of that title the
/// scorer accepts, what the office is of (a state or organization of the same document), whether the text calls the
/// holder acting, and the time the text gives for it (null when it gives none).
/// </summary>
public sealed record GoldOffice(
    string Person,
    string Title,
    IReadOnlyList<string> TitleAliases,
    string Of,
    bool Acting,
    TimeRange? Time,
    string Quote);
