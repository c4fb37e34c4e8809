namespace Graph.Model;

/// <summary>An entity as one document states it, with the evidence for it in that document.</summary>
public sealed record EntityFact(
    string Id,
    NodeKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Subtype,
    bool Discovered,
    double Confidence,
    IReadOnlyList<Evidence> Evidence);

/// <summary>An event as one document states it.</summary>
public sealed record EventFact(
    string Id,
    EventType Type,
    string Name,
    TimeRange? Time,
    IReadOnlyList<Quantity> Quantities,
    string? Summary,
    double Confidence,
    IReadOnlyList<Evidence> Evidence);

/// <summary>A relation as one document states it. Its id follows from its content (<see cref="FactIds.Relation"/>).</summary>
public sealed record RelationFact(
    RelationType Type,
    string From,
    string To,
    string? Role,
    TimeRange? Time,
    double Confidence,
    IReadOnlyList<Evidence> Evidence)
{
    public string Id => FactIds.Relation(Type, From, To, Role);
}

/// <summary>
/// Everything one document says, written as one atomic unit by <see cref="IGraphStore.ApplyDocumentAsync"/>.
/// Ids of entities and events may be ids already in the graph (the fact then adds evidence, aliases and
/// quantities to the existing node) or new ones. Relations may point at nodes of this unit or of the graph.
/// </summary>
public sealed record DocumentFacts(
    DocumentRecord Document,
    string Text,
    IReadOnlyList<EntityFact> Entities,
    IReadOnlyList<EventFact> Events,
    IReadOnlyList<RelationFact> Relations);

public enum ApplyStatus
{
    /// <summary>The document id was new.</summary>
    Created,
    /// <summary>A previous version of the document was replaced: its facts were withdrawn and the new ones applied.</summary>
    Replaced,
    /// <summary>The same content was already in the graph: nothing changed.</summary>
    Unchanged,
}

/// <summary>What applying a document did.</summary>
public sealed record ApplyResult(
    string DocumentId,
    ApplyStatus Status,
    int EntitiesCreated,
    int EntitiesMerged,
    int EventsCreated,
    int EventsMerged,
    int RelationsCreated,
    int RelationsMerged,
    int EvidenceWritten);
