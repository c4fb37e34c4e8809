using Graph.GraphQL.Execution;
using Graph.Model;

namespace Graph.Server.Api;

/// <summary>
/// The batched reads behind every resolver: keys asked for by many resolvers in one execution round are fetched
/// with one store call per loader. Loaders are per request (the engine keeps them on the request's context).
/// </summary>
public static class Loaders
{
    public static GraphRequestContext Graph(this ResolveContext ctx) =>
        ctx.Context as GraphRequestContext ?? throw new InvalidOperationException("The request carries no graph context.");

    public static async ValueTask<Node?> Node(this ResolveContext ctx, string id)
    {
        var store = ctx.Graph().Store;
        var loader = ctx.GetDataLoader<string, Node>("nodes",
            async (ids, ct) => await store.GetNodesAsync(ids.ToArray(), ct));
        return await loader.LoadAsync(id);
    }

    public static async ValueTask<IReadOnlyList<Node>> Nodes(this ResolveContext ctx, IEnumerable<string> ids)
    {
        var tasks = ids.Distinct(StringComparer.Ordinal).Select(id => ctx.Node(id).AsTask()).ToArray();
        var nodes = await Task.WhenAll(tasks);
        return nodes.Where(n => n is not null).Select(n => n!).ToArray();
    }

    public static async ValueTask<Relation?> RelationById(this ResolveContext ctx, string id)
    {
        var store = ctx.Graph().Store;
        var loader = ctx.GetDataLoader<string, Relation>("relationsById",
            async (ids, ct) => await store.GetRelationsByIdAsync(ids.ToArray(), ct));
        return await loader.LoadAsync(id);
    }

    public static async ValueTask<IReadOnlyList<Evidence>> Evidence(this ResolveContext ctx, string factId)
    {
        var store = ctx.Graph().Store;
        var loader = ctx.GetDataLoader<string, IReadOnlyList<Evidence>>("evidence",
            async (ids, ct) => await store.GetEvidenceAsync(ids.ToArray(), ct));
        return await loader.LoadAsync(factId) ?? [];
    }

    public static async ValueTask<DocumentRecord?> Document(this ResolveContext ctx, string id, bool withText = false)
    {
        var store = ctx.Graph().Store;
        var loader = ctx.GetDataLoader<string, DocumentRecord>(withText ? "documentsWithText" : "documents",
            async (ids, ct) => await store.GetDocumentsAsync(ids.ToArray(), withText, ct));
        return await loader.LoadAsync(id);
    }

    /// <summary>Relations of a node, of some types and one direction; all nodes asking with the same filter share one call.</summary>
    public static async ValueTask<IReadOnlyList<Relation>> Relations(this ResolveContext ctx, string nodeId, IReadOnlyList<RelationType>? types, Direction direction)
    {
        var store = ctx.Graph().Store;
        var typeKey = types is null ? "*" : string.Join(",", types.Select(t => (int)t).Order());
        var loader = ctx.GetDataLoader<string, IReadOnlyList<Relation>>($"relations:{typeKey}:{direction}",
            async (ids, ct) => await store.GetRelationsAsync(new RelationQuery(ids.ToArray(), types, direction), ct));
        return await loader.LoadAsync(nodeId) ?? [];
    }

    /// <summary>The distinct documents behind a fact, in the order of their first evidence.</summary>
    public static async ValueTask<IReadOnlyList<DocumentRecord>> Sources(this ResolveContext ctx, string factId)
    {
        var evidence = await ctx.Evidence(factId);
        var docs = await Task.WhenAll(evidence.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal)
            .Select(id => ctx.Document(id).AsTask()));
        return docs.Where(d => d is not null).Select(d => d!).ToArray();
    }
}
