namespace Graph.Model;

/// <summary>
/// An edge. <see cref="Role"/> qualifies the type where needed: the title for <see cref="RelationType.HoldsOffice"/>
/// ("Prime Minister", "acting Prime Minister"), a free qualifier otherwise. One fact supported by several
/// documents is one relation with several pieces of evidence (<see cref="EvidenceCount"/>).
/// </summary>
public sealed record Relation(
    string Id,
    RelationType Type,
    string From,
    string To,
    string? Role,
    TimeRange? Time,
    double Confidence)
{
    public int EvidenceCount { get; init; }
}

public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}
