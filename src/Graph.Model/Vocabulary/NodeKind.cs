namespace Graph.Model;

/// <summary>The kinds of node in the knowledge graph.</summary>
public enum NodeKind
{
    Person,
    State,
    Organization,
    Place,
    Event,
    Document,
}

public static class NodeKinds
{
    /// <summary>Kinds that are entities (actors and places), as opposed to events and documents.</summary>
    public static readonly IReadOnlyList<NodeKind> Entities = [NodeKind.Person, NodeKind.State, NodeKind.Organization, NodeKind.Place];

    public static bool IsEntity(this NodeKind kind) => kind is NodeKind.Person or NodeKind.State or NodeKind.Organization or NodeKind.Place;

    /// <summary>The lower-case prefix of ids of this kind, e.g. "person" in "person:nikol-pashinyan".</summary>
    public static string IdPrefix(this NodeKind kind) => kind switch
    {
        NodeKind.Person => "person",
        NodeKind.State => "state",
        NodeKind.Organization => "org",
        NodeKind.Place => "place",
        NodeKind.Event => "event",
        NodeKind.Document => "doc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown node kind."),
    };

    public static bool TryParsePrefix(string prefix, out NodeKind kind)
    {
        foreach (var k in Enum.GetValues<NodeKind>())
        {
            if (k.IdPrefix() == prefix) { kind = k; return true; }
        }
        kind = default;
        return false;
    }
}
