using Graph.Model;

namespace Graph.Server.Api;

// Shapes the schema exposes that are not store records themselves. Resolvers build them from store reads.

/// <summary>An entity's part in an event: the relation from the event to the entity.</summary>
public sealed record EventRoleView(Relation Relation)
{
    public RelationType Role => Relation.Type;
}

/// <summary>A HOLDS_OFFICE relation seen as an office.</summary>
public sealed record OfficeView(Relation Relation);

public sealed record MediatorGroupView(string MediatorId, IReadOnlyList<string> EventIds, IReadOnlyList<Relation> Relations);

public sealed record TimelineEntryView(string EventId, IReadOnlyList<RelationType> Roles);

public sealed record PathView(string StartId, IReadOnlyList<PathStepView> Steps);

public sealed record PathStepView(Relation Relation, bool Reversed, string NodeId);

public sealed record NeighborhoodView(Subgraph Subgraph);

/// <summary>A Relay connection page: nodes with their cursors.</summary>
public sealed record ConnectionView(IReadOnlyList<object> Nodes, IReadOnlyList<string> Cursors, bool HasNextPage, bool HasPreviousPage, int TotalCount)
{
    public static ConnectionView From<T>(Page<T> page, bool hasPrevious) where T : notnull =>
        new(page.Items.Cast<object>().ToArray(), page.Cursors, page.HasNextPage, hasPrevious, page.TotalCount);

    public IReadOnlyList<EdgeView> Edges => Nodes.Select((n, i) => new EdgeView(Cursors[i], n)).ToArray();

    public PageInfoView PageInfo => new(HasNextPage, HasPreviousPage, Cursors.Count > 0 ? Cursors[0] : null, Cursors.Count > 0 ? Cursors[^1] : null);
}

public sealed record EdgeView(string Cursor, object Node);

public sealed record PageInfoView(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed record IngestResultView(ApplyResult Result, IReadOnlyList<string> Warnings);
