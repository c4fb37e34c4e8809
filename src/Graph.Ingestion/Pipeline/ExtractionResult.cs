using Graph.Model;

namespace Graph.Ingestion;

/// <summary>
/// What the pure extraction stage reads from one document, before anything is resolved against the graph.
/// Keys of entities are proposed node ids ("state:armenia", "person:nikol-pashinyan"); keys of events are local
/// to the document ("e1", "e2"…). Every entity, event, role and relation carries its evidence.
/// </summary>
public sealed record ExtractionResult(
    string DocumentId,
    string ContentHash,
    string Text,
    DocumentMetadata Metadata,
    IReadOnlyList<SentenceInfo> Sentences,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<ExtractedRelation> Relations)
{
    public ExtractedEntity? FindEntity(string key)
    {
        foreach (var e in Entities) if (e.Key == key) return e;
        return null;
    }
}

/// <summary>
/// The document's metadata as ingested. <see cref="PublishedAt"/> is the stated date, or (with
/// <see cref="TimeRange.Inferred"/> true) a window inferred from the latest absolute date in the text.
/// </summary>
public sealed record DocumentMetadata(
    string Title,
    string? Publisher,
    string? Author,
    TimeRange? PublishedAt,
    string? Url,
    string? SourcePath);

/// <summary>Where a sentence sits in the document. Only <see cref="TextZone.Body"/> sentences are mined for events.</summary>
public enum TextZone
{
    Body,
    Title,
    /// <summary>Masthead, byline, dateline, section names before the body.</summary>
    Header,
    /// <summary>A subheading inside the body.</summary>
    Heading,
    /// <summary>A photo caption or credit.</summary>
    Caption,
    /// <summary>Navigation, teasers of other articles, share/embed blocks, URLs, labels such as "Original url:".</summary>
    Boilerplate,
}

public sealed record SentenceInfo(int Index, int Start, int End, TextZone Zone)
{
    public int Length => End - Start;
}

/// <summary>An entity as the document names it.</summary>
public sealed record ExtractedEntity(
    string Key,
    NodeKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Subtype,
    bool Discovered,
    double Confidence,
    IReadOnlyList<Evidence> Evidence);

/// <summary>An event with its roles, time and quantities.</summary>
public sealed record ExtractedEvent(
    string Key,
    EventType Type,
    string Name,
    TimeRange? Time,
    IReadOnlyList<Quantity> Quantities,
    string? Summary,
    double Confidence,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<ExtractedRole> Roles);

/// <summary>One role of an event: <see cref="Role"/> is an event-role relation type, <see cref="EntityKey"/> an entity key.</summary>
public sealed record ExtractedRole(
    RelationType Role,
    string EntityKey,
    double Confidence,
    IReadOnlyList<Evidence> Evidence,
    string? Qualifier = null);

/// <summary>A relation between two entities (holds office, co-chairs, part of, located in, leads, member of).</summary>
public sealed record ExtractedRelation(
    RelationType Type,
    string FromKey,
    string ToKey,
    string? Role,
    TimeRange? Time,
    double Confidence,
    IReadOnlyList<Evidence> Evidence);
