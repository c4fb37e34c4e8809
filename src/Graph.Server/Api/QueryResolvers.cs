using System.Globalization;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;
using Graph.Model;

namespace Graph.Server.Api;

/// <summary>The fields of Query and the shapes only queries return (connections, paths, groups).</summary>
public static class QueryResolvers
{
    public const int MaxPage = 200;
    public const int MaxHops = 6;
    public const int MaxDepth = 3;

    public static void Register(ResolverMap map)
    {
        map.Add("Query", "node", async ctx => await NodeOrRelation(ctx, ctx.RequiredString("id")));
        map.Add("Query", "nodes", async ctx =>
        {
            var ids = ctx.StringList("ids") ?? [];
            if (ids.Count > 1000) throw new ApiInputException("At most 1000 ids at once.");
            var found = await Task.WhenAll(ids.Select(id => NodeOrRelation(ctx, id).AsTask()));
            return found;
        });
        map.Add("Query", "search", async ctx =>
        {
            var text = ctx.RequiredString("text");
            if (string.IsNullOrWhiteSpace(text)) throw new ApiInputException("Search text must not be empty.");
            if (text.Length > 200) throw new ApiInputException("Search text is longer than 200 characters.");
            var query = new SearchQuery(text, ctx.EnumList<NodeKind>("kinds"), ctx.Int("first", 10, 1, MaxPage));
            return await ctx.Graph().Store.SearchAsync(query, ctx.CancellationToken);
        });
        map.Add("SearchHit", "node", ctx => ((SearchHit)ctx.Source!).Node);
        map.Add("SearchHit", "matched", ctx => ((SearchHit)ctx.Source!).MatchedName);

        map.Add("Query", "entity", async ctx => await ctx.Node(ctx.RequiredString("id")) as Entity);
        map.Add("Query", "entitiesByName", async ctx =>
        {
            var name = ctx.RequiredString("name");
            if (string.IsNullOrWhiteSpace(name) || name.Length > FactLimits.MaxNameLength) throw new ApiInputException("Name must be 1 to 300 characters.");
            var found = await ctx.Graph().Store.FindByNamesAsync([name], ctx.EnumList<NodeKind>("kinds"), ctx.CancellationToken);
            return found.TryGetValue(name, out var list) ? list : [];
        });
        map.Add("Query", "event", async ctx => await ctx.Node(ctx.RequiredString("id")) as Event);

        map.Add("Query", "events", async ctx =>
        {
            var filter = ctx.Input("filter");
            var order = ctx.Arguments.TryGetValue("orderBy", out var o) && o is EventOrder eo ? eo : EventOrder.TimeAscending;
            var query = new EventQuery(
                Types: Args.ToEnums<EventType>(filter?.GetValueOrDefault("types")),
                Involving: Args.ToStrings(filter?.GetValueOrDefault("involving")),
                Roles: filter?.GetValueOrDefault("role") is { } role ? [Args.ToEnum<RelationType>(role)] : null,
                MediatedBy: Args.ToStrings(filter?.GetValueOrDefault("mediatedBy")),
                Place: filter?.GetValueOrDefault("place")?.ToString(),
                From: Args.ToDate(filter?.GetValueOrDefault("from")),
                To: Args.ToDate(filter?.GetValueOrDefault("to")),
                Order: order,
                First: ctx.Int("first", 20, 0, MaxPage),
                After: ctx.String("after"),
                InvolvingAtLeast: InvolvingAtLeast(filter));
            if (query.Roles is not null && query.Involving is null)
                throw new ApiInputException("filter.role needs filter.involving: the role is the one those entities play.");
            var page = await ctx.Graph().Store.FindEventsAsync(query, ctx.CancellationToken);
            return ConnectionView.From(page, hasPrevious: query.After is not null);
        });
        map.Add("Query", "documents", async ctx =>
        {
            var after = ctx.String("after");
            var page = await ctx.Graph().Store.ListDocumentsAsync(ctx.Int("first", 20, 0, MaxPage), after, ctx.CancellationToken);
            return ConnectionView.From(page, hasPrevious: after is not null);
        });
        map.Add("Query", "mediators", async ctx => await Mediators(ctx));
        map.Add("MediatorGroup", "mediator", async ctx => await ctx.Node(((MediatorGroupView)ctx.Source!).MediatorId));
        map.Add("MediatorGroup", "events", async ctx => await ctx.Nodes(((MediatorGroupView)ctx.Source!).EventIds));
        map.Add("MediatorGroup", "relations", ctx => ((MediatorGroupView)ctx.Source!).Relations);

        map.Add("Query", "timeline", async ctx => await Timeline(ctx));
        map.Add("TimelineEntry", "event", async ctx => await ctx.Node(((TimelineEntryView)ctx.Source!).EventId));
        map.Add("TimelineEntry", "roles", ctx => ((TimelineEntryView)ctx.Source!).Roles);

        map.Add("Query", "paths", async ctx =>
        {
            var from = ctx.RequiredString("from");
            var to = ctx.RequiredString("to");
            var hops = ctx.Int("maxHops", 4, 1, MaxHops);
            var first = ctx.Int("first", 5, 1, 50);
            var paths = await ctx.Graph().Store.FindShortestPathsAsync(from, to, hops, first, ctx.CancellationToken);
            return paths.Select(ToView).ToArray();
        });
        map.Add("Path", "start", async ctx => await ctx.Node(((PathView)ctx.Source!).StartId));
        map.Add("Path", "length", ctx => ((PathView)ctx.Source!).Steps.Count);
        map.Add("PathStep", "node", async ctx => await ctx.Node(((PathStepView)ctx.Source!).NodeId));

        map.Add("Query", "neighborhood", async ctx =>
        {
            var id = ctx.RequiredString("id");
            var depth = ctx.Int("depth", 1, 1, MaxDepth);
            var maxNodes = ctx.Int("maxNodes", 200, 1, 2000);
            var graph = await ctx.Graph().Store.GetNeighborhoodAsync(id, depth, ctx.EnumList<RelationType>("relationTypes"), maxNodes, ctx.CancellationToken);
            return new NeighborhoodView(graph);
        });
        map.Add("Neighborhood", "nodes", ctx => ((NeighborhoodView)ctx.Source!).Subgraph.Nodes.Where(n => n is not DocumentRecord).ToArray());
        map.Add("Neighborhood", "edges", ctx => ((NeighborhoodView)ctx.Source!).Subgraph.Relations);
        map.Add("Neighborhood", "truncated", ctx => ((NeighborhoodView)ctx.Source!).Subgraph.Truncated);

        map.Add("Query", "stats", async ctx => await ctx.Graph().Store.GetStatsAsync(ctx.CancellationToken));
        map.Add("GraphStats", "persons", ctx => Count(ctx, NodeKind.Person));
        map.Add("GraphStats", "states", ctx => Count(ctx, NodeKind.State));
        map.Add("GraphStats", "organizations", ctx => Count(ctx, NodeKind.Organization));
        map.Add("GraphStats", "places", ctx => Count(ctx, NodeKind.Place));
        map.Add("GraphStats", "events", ctx => Count(ctx, NodeKind.Event));
        map.Add("GraphStats", "documents", ctx => Count(ctx, NodeKind.Document));
    }

    private static int Count(ResolveContext ctx, NodeKind kind) => ((GraphStats)ctx.Source!).Nodes.GetValueOrDefault(kind);

    private static async ValueTask<object?> NodeOrRelation(ResolveContext ctx, string id) =>
        FactIds.IsRelationId(id) ? await ctx.RelationById(id) : await ctx.Node(id);

    private static PathView ToView(GraphPath path)
    {
        var steps = new List<PathStepView>(path.Steps.Count);
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var relation = path.Steps[i];
            var here = path.NodeIds[i];
            var next = path.NodeIds[i + 1];
            steps.Add(new PathStepView(relation, Reversed: relation.From != here, NodeId: next));
        }
        return new PathView(path.NodeIds[0], steps);
    }

    /// <summary>Every event of the types in the window, read page by page (one store call per page).</summary>
    private static async Task<IReadOnlyList<Event>> AllEvents(ResolveContext ctx, EventQuery query)
    {
        var store = ctx.Graph().Store;
        var all = new List<Event>();
        string? after = null;
        do
        {
            var page = await store.FindEventsAsync(query with { First = MaxPage, After = after }, ctx.CancellationToken);
            all.AddRange(page.Items);
            after = page.HasNextPage && page.Cursors.Count > 0 ? page.Cursors[^1] : null;
        }
        while (after is not null && all.Count < 10_000);
        return all;
    }

    private static async Task<IReadOnlyList<MediatorGroupView>> Mediators(ResolveContext ctx)
    {
        var types = ctx.EnumList<EventType>("types") ?? EventTypes.Exchanges;
        var events = await AllEvents(ctx, new EventQuery(Types: types, From: ctx.Date("from"), To: ctx.Date("to")));
        if (events.Count == 0) return [];
        var relations = await ctx.Graph().Store.GetRelationsAsync(
            new RelationQuery(events.Select(e => e.Id).ToArray(), [RelationType.Mediator, RelationType.Broker], Direction.Outgoing),
            ctx.CancellationToken);
        var groups = new Dictionary<string, (List<string> Events, List<Relation> Relations)>(StringComparer.Ordinal);
        foreach (var ev in events)
        {
            if (!relations.TryGetValue(ev.Id, out var list)) continue;
            foreach (var r in list)
            {
                if (!groups.TryGetValue(r.To, out var g)) groups[r.To] = g = ([], []);
                if (!g.Events.Contains(ev.Id)) g.Events.Add(ev.Id);
                g.Relations.Add(r);
            }
        }
        return groups
            .OrderByDescending(g => g.Value.Events.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MediatorGroupView(g.Key, g.Value.Events, g.Value.Relations))
            .ToArray();
    }

    private static async Task<IReadOnlyList<TimelineEntryView>> Timeline(ResolveContext ctx)
    {
        var entity = ctx.RequiredString("entity");
        var node = await ctx.Node(entity) ?? throw new ApiInputException($"Unknown entity id '{entity}'.");
        var events = await AllEvents(ctx, new EventQuery(Involving: [node.Id], From: ctx.Date("from"), To: ctx.Date("to")));
        var relations = await ctx.Graph().Store.GetRelationsAsync(
            new RelationQuery([node.Id], RelationTypes.EventRoles, Direction.Incoming), ctx.CancellationToken);
        var rolesByEvent = (relations.GetValueOrDefault(node.Id) ?? [])
            .GroupBy(r => r.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RelationType>)g.Select(r => r.Type).Distinct().ToArray(), StringComparer.Ordinal);
        return events.Select(e => new TimelineEntryView(e.Id, rolesByEvent.GetValueOrDefault(e.Id) ?? [])).ToArray();
    }

    /// <summary>The filter's <c>involvingAtLeast</c>: at least 1 and at most the number of entities named in <c>involving</c>.</summary>
    private static int InvolvingAtLeast(IReadOnlyDictionary<string, object?>? filter)
    {
        if (filter?.GetValueOrDefault("involvingAtLeast") is not { } raw) return 1;
        var value = Convert.ToInt64(raw, CultureInfo.InvariantCulture);
        var named = Args.ToStrings(filter.GetValueOrDefault("involving"))?.Distinct(StringComparer.Ordinal).Count();
        if (named is null && value != 1) throw new ApiInputException("filter.involvingAtLeast needs filter.involving: it counts those entities.");
        if (value < 1 || (named is { } n && value > Math.Max(1, n)))
            throw new ApiInputException($"filter.involvingAtLeast must be between 1 and the number of entities in filter.involving ({named ?? 1}); got {value}.");
        return (int)value;
    }
}
