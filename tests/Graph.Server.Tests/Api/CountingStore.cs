using System.Runtime.CompilerServices;
using Graph.Model;

namespace Graph.Server.Tests.Api;

/// <summary>A store that counts the calls made to it, over a real store.</summary>
public sealed class CountingStore(IGraphStore inner) : IGraphStore
{
    private int _calls;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _byMethod = new();

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Calls per store method, e.g. "GetNodesAsync=2, GetEvidenceAsync=1".</summary>
    public string Breakdown => string.Join(", ", _byMethod.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"));

    public void Reset()
    {
        Interlocked.Exchange(ref _calls, 0);
        _byMethod.Clear();
    }

    private T Count<T>(T value, [CallerMemberName] string name = "")
    {
        Interlocked.Increment(ref _calls);
        _byMethod.AddOrUpdate(name, 1, (_, n) => n + 1);
        return value;
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);
    public Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetNodesAsync(ids, ct));
    public Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetRelationsByIdAsync(ids, ct));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(RelationQuery query, CancellationToken ct = default) => Count(inner.GetRelationsAsync(query, ct));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, CancellationToken ct = default) => Count(inner.GetEvidenceAsync(factIds, ct));
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default) => Count(inner.SearchAsync(query, ct));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Entity>>> FindByNamesAsync(IReadOnlyCollection<string> names, IReadOnlyList<NodeKind>? kinds = null, CancellationToken ct = default) => Count(inner.FindByNamesAsync(names, kinds, ct));
    public Task<Page<Event>> FindEventsAsync(EventQuery query, CancellationToken ct = default) => Count(inner.FindEventsAsync(query, ct));
    public Task<Subgraph> GetNeighborhoodAsync(string id, int depth, IReadOnlyList<RelationType>? types = null, int maxNodes = 500, CancellationToken ct = default) => Count(inner.GetNeighborhoodAsync(id, depth, types, maxNodes, ct));
    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string from, string to, int maxHops, int maxPaths = 10, CancellationToken ct = default) => Count(inner.FindShortestPathsAsync(from, to, maxHops, maxPaths, ct));
    public Task<IReadOnlyDictionary<string, DocumentRecord>> GetDocumentsAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default) => Count(inner.GetDocumentsAsync(ids, includeText, ct));
    public Task<Page<DocumentRecord>> ListDocumentsAsync(int first = 50, string? after = null, CancellationToken ct = default) => Count(inner.ListDocumentsAsync(first, after, ct));
    public Task<DocumentRecord?> FindDocumentByHashAsync(string contentHash, CancellationToken ct = default) => Count(inner.FindDocumentByHashAsync(contentHash, ct));
    public Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => Count(inner.GetStatsAsync(ct));
    public Task<IReadOnlyList<CurationRecord>> GetCurationsAsync(string? targetId = null, CancellationToken ct = default) => Count(inner.GetCurationsAsync(targetId, ct));
    public Task<GraphSnapshot> ExportAsync(CancellationToken ct = default) => Count(inner.ExportAsync(ct));
    public Task<ApplyResult> ApplyDocumentAsync(DocumentFacts facts, CancellationToken ct = default) => Count(inner.ApplyDocumentAsync(facts, ct));
    public Task<Node> MergeNodesAsync(string survivorId, string mergedId, Curation curation, CancellationToken ct = default) => Count(inner.MergeNodesAsync(survivorId, mergedId, curation, ct));
    public Task<Entity> AddAliasAsync(string entityId, string alias, Curation curation, CancellationToken ct = default) => Count(inner.AddAliasAsync(entityId, alias, curation, ct));
    public Task RetractFactAsync(string factId, Curation curation, CancellationToken ct = default) => Count(inner.RetractFactAsync(factId, curation, ct));
}
