namespace Graph.Model;

/// <summary>Ranked name and alias search, accent- and case-insensitive.</summary>
public sealed record SearchQuery(string Text, IReadOnlyList<NodeKind>? Kinds = null, int First = 10);

/// <summary>A search result: the node, the name or alias that matched and a score (higher is better).</summary>
public sealed record SearchHit(Node Node, string MatchedName, double Score);

/// <summary>Relations of many nodes at once, optionally of some types and one direction.</summary>
public sealed record RelationQuery(
    IReadOnlyList<string> NodeIds,
    IReadOnlyList<RelationType>? Types = null,
    Direction Direction = Direction.Both);

public enum EventOrder
{
    TimeAscending,
    TimeDescending,
}

/// <summary>
/// Events filtered by type, participant and role, mediator, place and time window.
/// <list type="bullet">
/// <item><see cref="Involving"/>: events with an edge of any role (or of <see cref="Roles"/> when given) to any of these ids;
/// to at least <see cref="InvolvingAtLeast"/> distinct ones of them when that is more than one.</item>
/// <item><see cref="MediatedBy"/>: events with a Mediator or Broker edge to any of these ids.</item>
/// <item><see cref="Place"/>: events with a Location edge to this id.</item>
/// <item><see cref="From"/>/<see cref="To"/>: events whose time overlaps the window; events without a time are left out when a bound is given.</item>
/// </list>
/// Events without a time sort last in either order; ties break by id. <see cref="After"/> is the cursor of the last item of the previous page.
/// </summary>
public sealed record EventQuery(
    IReadOnlyList<EventType>? Types = null,
    IReadOnlyList<string>? Involving = null,
    IReadOnlyList<RelationType>? Roles = null,
    IReadOnlyList<string>? MediatedBy = null,
    string? Place = null,
    DateOnly? From = null,
    DateOnly? To = null,
    EventOrder Order = EventOrder.TimeAscending,
    int First = 50,
    string? After = null,
    int InvolvingAtLeast = 1);

/// <summary>One page of results in a stable order, with Relay-style cursors.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Cursors, bool HasNextPage, int TotalCount);

/// <summary>Nodes and the relations among them, ready to draw.</summary>
public sealed record Subgraph(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations, bool Truncated);

/// <summary>A path: the node ids from start to end and the relation taken at each step (traversed in either direction).</summary>
public sealed record GraphPath(IReadOnlyList<string> NodeIds, IReadOnlyList<Relation> Steps);

/// <summary>Counts of what the graph holds.</summary>
public sealed record GraphStats(IReadOnlyDictionary<NodeKind, int> Nodes, int Relations, int Evidence, int Curations);

/// <summary>The whole graph, for export.</summary>
public sealed record GraphSnapshot(
    IReadOnlyList<DocumentRecord> Documents,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<CurationRecord> Curations);
