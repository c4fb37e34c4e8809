using Graph.Model;
using Graph.Store.Sqlite.Reads;

namespace Graph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        QueryLimits.CheckList("ids", ids);
        if (ids.Count == 0) return new Dictionary<string, Node>();
        return await ReadAsync(db => NodeReads.GetAsync(db, ids, ct), ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        QueryLimits.CheckList("ids", ids);
        if (ids.Count == 0) return new Dictionary<string, Relation>();
        return await ReadAsync(db => RelationReads.GetByIdAsync(db, ids, ct), ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(RelationQuery query, CancellationToken ct = default)
    {
        if (query is null) throw Invalid("query", "is required");
        QueryLimits.CheckList("query.nodeIds", query.NodeIds);
        CheckDefined("query.types", query.Types);
        if (!Enum.IsDefined(query.Direction)) throw Invalid("query.direction", $"'{query.Direction}' is not a direction");
        if (query.NodeIds.Count == 0) return new Dictionary<string, IReadOnlyList<Relation>>();
        return await ReadAsync(db => RelationReads.OfNodesAsync(db, query, ct), ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, CancellationToken ct = default)
    {
        QueryLimits.CheckList("factIds", factIds);
        if (factIds.Count == 0) return new Dictionary<string, IReadOnlyList<Evidence>>();
        return await ReadAsync(db => EvidenceReads.GetAsync(db, factIds, ct), ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        if (query is null) throw Invalid("query", "is required");
        if (query.Text is null) throw Invalid("query.text", "is required");
        if (query.Text.Length > FactLimits.MaxNameLength) throw Invalid("query.text", $"is longer than {FactLimits.MaxNameLength} characters");
        QueryLimits.Check("query.first", query.First, 1, QueryLimits.MaxPageSize);
        CheckDefined("query.kinds", query.Kinds);
        return await ReadAsync(db => NameSearch.SearchAsync(db, query, ct), ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Entity>>> FindByNamesAsync(IReadOnlyCollection<string> names, IReadOnlyList<NodeKind>? kinds = null, CancellationToken ct = default)
    {
        QueryLimits.CheckList("names", names);
        CheckDefined("kinds", kinds);
        if (names.Count == 0) return new Dictionary<string, IReadOnlyList<Entity>>();
        return await ReadAsync(db => NameLookup.FindAsync(db, names, kinds, ct), ct).ConfigureAwait(false);
    }

    public async Task<Page<Event>> FindEventsAsync(EventQuery query, CancellationToken ct = default)
    {
        if (query is null) throw Invalid("query", "is required");
        QueryLimits.Check("query.first", query.First, 1, QueryLimits.MaxPageSize);
        QueryLimits.Check("query.involvingAtLeast", query.InvolvingAtLeast, 1, QueryLimits.MaxInvolvingAtLeast);
        CheckDefined("query.types", query.Types);
        CheckDefined("query.roles", query.Roles);
        if (!Enum.IsDefined(query.Order)) throw Invalid("query.order", $"'{query.Order}' is not an order");
        if (query.From is { } from && query.To is { } to && from > to) throw Invalid("query.from", "is after query.to");
        return await ReadAsync(db => EventSearch.FindAsync(db, query, ct), ct, snapshot: true).ConfigureAwait(false);
    }

    public async Task<Subgraph> GetNeighborhoodAsync(string id, int depth, IReadOnlyList<RelationType>? types = null, int maxNodes = 500, CancellationToken ct = default)
    {
        QueryLimits.CheckId("id", id);
        QueryLimits.Check("depth", depth, 0, QueryLimits.MaxDepth);
        QueryLimits.Check("maxNodes", maxNodes, 1, QueryLimits.MaxNeighborhoodNodes);
        CheckDefined("types", types);
        return await ReadAsync(db => Neighborhood.GetAsync(db, id, depth, types, maxNodes, ct), ct, snapshot: true).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string from, string to, int maxHops, int maxPaths = 10, CancellationToken ct = default)
    {
        QueryLimits.CheckId("from", from);
        QueryLimits.CheckId("to", to);
        QueryLimits.Check("maxHops", maxHops, 0, QueryLimits.MaxHops);
        QueryLimits.Check("maxPaths", maxPaths, 1, QueryLimits.MaxPaths);
        return await ReadAsync(db => ShortestPaths.FindAsync(db, from, to, maxHops, maxPaths, ct), ct, snapshot: true).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, DocumentRecord>> GetDocumentsAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default)
    {
        QueryLimits.CheckList("ids", ids);
        if (ids.Count == 0) return new Dictionary<string, DocumentRecord>();
        return await ReadAsync(db => DocumentReads.GetAsync(db, ids, includeText, ct), ct).ConfigureAwait(false);
    }

    public async Task<Page<DocumentRecord>> ListDocumentsAsync(int first = 50, string? after = null, CancellationToken ct = default)
    {
        QueryLimits.Check("first", first, 1, QueryLimits.MaxPageSize);
        return await ReadAsync(db => DocumentReads.ListAsync(db, first, after, ct), ct, snapshot: true).ConfigureAwait(false);
    }

    public async Task<DocumentRecord?> FindDocumentByHashAsync(string contentHash, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(contentHash)) throw Invalid("contentHash", "is required");
        return await ReadAsync(db => DocumentReads.ByHashAsync(db, contentHash, ct), ct).ConfigureAwait(false);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default) =>
        await ReadAsync(db => StatsReads.GetAsync(db, ct), ct).ConfigureAwait(false);

    public async Task<IReadOnlyList<CurationRecord>> GetCurationsAsync(string? targetId = null, CancellationToken ct = default) =>
        await ReadAsync(db => CurationReads.GetAsync(db, targetId, ct), ct, snapshot: true).ConfigureAwait(false);

    public async Task<GraphSnapshot> ExportAsync(CancellationToken ct = default) =>
        await ReadAsync(db => SnapshotExport.ExportAsync(db, ct), ct, snapshot: true).ConfigureAwait(false);

    private static InvalidFactException Invalid(string path, string message) => new([new FactProblem(path, message)]);

    private static void CheckDefined<T>(string path, IReadOnlyList<T>? values) where T : struct, Enum
    {
        if (values is null) return;
        foreach (var v in values)
        {
            if (!Enum.IsDefined(v)) throw Invalid(path, $"'{v}' is not a {typeof(T).Name}");
        }
    }
}
