namespace Graph.Model;

/// <summary>Common shape of every node.</summary>
public abstract record Node(string Id, NodeKind Kind, string Name);

/// <summary>
/// An actor or a place: a Person, State, Organization or Place. <see cref="Subtype"/> refines the kind
/// ("intergovernmental", "armed force", "ministry", "district", "city", "border"...). <see cref="Discovered"/>
/// is true for entities the lexicon did not know.
/// </summary>
public sealed record Entity(
    string Id,
    NodeKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Subtype,
    bool Discovered,
    double Confidence) : Node(Id, Kind, Name)
{
    public int EvidenceCount { get; init; }
}

/// <summary>Something that happened, with its type, time and the quantities the text attaches to it.</summary>
public sealed record Event(
    string Id,
    EventType Type,
    string Name,
    TimeRange? Time,
    IReadOnlyList<Quantity> Quantities,
    string? Summary,
    double Confidence) : Node(Id, NodeKind.Event, Name)
{
    public int EvidenceCount { get; init; }
}

/// <summary>A source document. Its id is stable across versions; <see cref="ContentHash"/> identifies one version.</summary>
public sealed record DocumentRecord(
    string Id,
    string ContentHash,
    string Title,
    string? Publisher,
    string? Author,
    TimeRange? PublishedAt,
    string? Url,
    string? SourcePath,
    DateTimeOffset IngestedAt,
    int Length) : Node(Id, NodeKind.Document, Title)
{
    /// <summary>The document's full text. Reads leave it null unless asked for.</summary>
    public string? Text { get; init; }
}
