using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>One role an entity plays in an event (the entity is named by its canonical name in the same document).</summary>
public sealed record GoldRole(RelationType Role, string Entity);

/// <summary>A number the text attaches to an event, with what it counts and, when the text says, whose claim it is.</summary>
public sealed record GoldQuantity(double Value, string Counted, bool Approximate, string? ClaimedBy);

/// <summary>
/// An event as one document reports it. <see cref="Key"/> names the real-world event: documents that report the same
/// event use the same key, which is how cross-document merging is scored. <see cref="Time"/> is null when the
/// document gives no time for the event.
/// </summary>
public sealed record GoldEvent(
    string Key,
    EventType Type,
    string Name,
    TimeRange? Time,
    IReadOnlyList<GoldRole> Roles,
    IReadOnlyList<GoldQuantity> Quantities,
    string Quote);
