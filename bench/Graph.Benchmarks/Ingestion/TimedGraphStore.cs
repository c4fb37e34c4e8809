using System.Diagnostics;
using System.Runtime.CompilerServices;
using Graph.Model;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// An <see cref="IGraphStore"/> that passes every call to an inner store and adds up, per method, how many calls
/// were made and how long they took. Wrapped around the store of an end-to-end run, it splits the pipeline's time
/// into store reads (resolution against the graph), store writes, and the rest (extraction and in-memory work).
/// </summary>
public sealed class TimedGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly Dictionary<string, (int Calls, long Ticks)> _calls = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Calls and total time per store method, most expensive first.</summary>
    public IReadOnlyList<(string Method, int Calls, TimeSpan Time)> Calls
    {
        get
        {
            lock (_gate)
                return _calls.Select(p => (p.Key, p.Value.Calls, Stopwatch.GetElapsedTime(0, p.Value.Ticks))).OrderByDescending(c => c.Item3).ToList();
        }
    }

    public void Reset()
    {
        lock (_gate) _calls.Clear();
    }

    private async Task<T> Timed<T>(Func<Task<T>> call, [CallerMemberName] string method = "")
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await call().ConfigureAwait(false);
        }
        finally
        {
            Record(method, Stopwatch.GetTimestamp() - start);
        }
    }

    private async Task Timed(Func<Task> call, [CallerMemberName] string method = "")
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await call().ConfigureAwait(false);
        }
        finally
        {
            Record(method, Stopwatch.GetTimestamp() - start);
        }
    }

    private void Record(string method, long ticks)
    {
        lock (_gate)
        {
            var (calls, total) = _calls.GetValueOrDefault(method);
            _calls[method] = (calls + 1, total + ticks);
        }
    }

    public Task InitializeAsync(CancellationToken ct = default) => Timed(() => inner.InitializeAsync(ct));

    public Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Timed(() => inner.GetNodesAsync(ids, ct));

    public Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Timed(() => inner.GetRelationsByIdAsync(ids, ct));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(RelationQuery query, CancellationToken ct = default) =>
        Timed(() => inner.GetRelationsAsync(query, ct));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, CancellationToken ct = default) =>
        Timed(() => inner.GetEvidenceAsync(factIds, ct));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default) =>
        Timed(() => inner.SearchAsync(query, ct));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Entity>>> FindByNamesAsync(IReadOnlyCollection<string> names, IReadOnlyList<NodeKind>? kinds = null, CancellationToken ct = default) =>
        Timed(() => inner.FindByNamesAsync(names, kinds, ct));

    /// <summary>Timed apart by the shape of the search: by participants, or by a time window of up to 40 days or longer.</summary>
    public Task<Page<Event>> FindEventsAsync(EventQuery query, CancellationToken ct = default) =>
        Timed(() => inner.FindEventsAsync(query, ct), query switch
        {
            { Involving: not null } => "FindEventsAsync (participants)",
            { From: { } from, To: { } to } when to.DayNumber - from.DayNumber <= 40 => "FindEventsAsync (window <= 40 d)",
            { From: not null, To: not null } => "FindEventsAsync (window > 40 d)",
            _ => "FindEventsAsync (other)",
        });

    public Task<Subgraph> GetNeighborhoodAsync(string id, int depth, IReadOnlyList<RelationType>? types = null, int maxNodes = 500, CancellationToken ct = default) =>
        Timed(() => inner.GetNeighborhoodAsync(id, depth, types, maxNodes, ct));

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string from, string to, int maxHops, int maxPaths = 10, CancellationToken ct = default) =>
        Timed(() => inner.FindShortestPathsAsync(from, to, maxHops, maxPaths, ct));

    public Task<IReadOnlyDictionary<string, DocumentRecord>> GetDocumentsAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default) =>
        Timed(() => inner.GetDocumentsAsync(ids, includeText, ct));

    public Task<Page<DocumentRecord>> ListDocumentsAsync(int first = 50, string? after = null, CancellationToken ct = default) =>
        Timed(() => inner.ListDocumentsAsync(first, after, ct));

    public Task<DocumentRecord?> FindDocumentByHashAsync(string contentHash, CancellationToken ct = default) =>
        Timed(() => inner.FindDocumentByHashAsync(contentHash, ct));

    public Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => Timed(() => inner.GetStatsAsync(ct));

    public Task<IReadOnlyList<CurationRecord>> GetCurationsAsync(string? targetId = null, CancellationToken ct = default) =>
        Timed(() => inner.GetCurationsAsync(targetId, ct));

    public Task<GraphSnapshot> ExportAsync(CancellationToken ct = default) => Timed(() => inner.ExportAsync(ct));

    public Task<ApplyResult> ApplyDocumentAsync(DocumentFacts facts, CancellationToken ct = default) =>
        Timed(() => inner.ApplyDocumentAsync(facts, ct));

    public Task<Node> MergeNodesAsync(string survivorId, string mergedId, Curation curation, CancellationToken ct = default) =>
        Timed(() => inner.MergeNodesAsync(survivorId, mergedId, curation, ct));

    public Task<Entity> AddAliasAsync(string entityId, string alias, Curation curation, CancellationToken ct = default) =>
        Timed(() => inner.AddAliasAsync(entityId, alias, curation, ct));

    public Task RetractFactAsync(string factId, Curation curation, CancellationToken ct = default) =>
        Timed(() => inner.RetractFactAsync(factId, curation, ct));

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
