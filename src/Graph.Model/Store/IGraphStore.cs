namespace Graph.Model;

/// <summary>
/// The one storage contract of Graph, implemented by the embedded SQLite store and the Neo4j store and proven by
/// one contract test suite. Reads are batched (many ids in one call) so that GraphQL resolvers never issue one
/// query per row. Every write validates its input first (<see cref="FactValidator"/>) and either applies whole or
/// leaves the store unchanged.
/// </summary>
/// <remarks>
/// Errors: <see cref="InvalidFactException"/> for bad input, <see cref="NodeNotFoundException"/> for unknown ids in
/// writes, <see cref="StoreUnavailableException"/> when the backing store cannot be reached. Reads of unknown ids
/// return no entry for them rather than throwing. Ids of merged nodes keep resolving to their survivor.
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates tables, constraints and indexes if missing. Idempotent.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    // ---- reads -------------------------------------------------------------------------------------------

    /// <summary>Nodes by id (entities, events, documents), in one call; unknown ids are absent from the result.
    /// A merged id maps to its survivor node.</summary>
    Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Relations by id.</summary>
    Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Relations of many nodes, keyed by the queried node id (a relation between two queried nodes appears under both).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(RelationQuery query, CancellationToken ct = default);

    /// <summary>Evidence of many facts (entity, event or relation ids), keyed by fact id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, CancellationToken ct = default);

    /// <summary>Ranked name and alias search over entities and events.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default);

    /// <summary>Entities whose name or an alias equals each given name after <see cref="NameKey.Normalize"/>; keyed by the given name.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Entity>>> FindByNamesAsync(IReadOnlyCollection<string> names, IReadOnlyList<NodeKind>? kinds = null, CancellationToken ct = default);

    Task<Page<Event>> FindEventsAsync(EventQuery query, CancellationToken ct = default);

    /// <summary>The nodes within <paramref name="depth"/> hops of a node (edges followed both ways), and the relations among them.</summary>
    Task<Subgraph> GetNeighborhoodAsync(string id, int depth, IReadOnlyList<RelationType>? types = null, int maxNodes = 500, CancellationToken ct = default);

    /// <summary>Shortest paths between two nodes of at most <paramref name="maxHops"/> edges, edges followed both ways.</summary>
    Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string from, string to, int maxHops, int maxPaths = 10, CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, DocumentRecord>> GetDocumentsAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default);

    /// <summary>Documents newest-ingested first.</summary>
    Task<Page<DocumentRecord>> ListDocumentsAsync(int first = 50, string? after = null, CancellationToken ct = default);

    /// <summary>The document holding exactly this content, if any (ingestion skips unchanged documents with it).</summary>
    Task<DocumentRecord?> FindDocumentByHashAsync(string contentHash, CancellationToken ct = default);

    Task<GraphStats> GetStatsAsync(CancellationToken ct = default);

    Task<IReadOnlyList<CurationRecord>> GetCurationsAsync(string? targetId = null, CancellationToken ct = default);

    Task<GraphSnapshot> ExportAsync(CancellationToken ct = default);

    // ---- writes ------------------------------------------------------------------------------------------

    /// <summary>
    /// Applies one document's facts atomically. Same document id and same content hash: nothing changes
    /// (<see cref="ApplyStatus.Unchanged"/>). Same id, other hash: the previous version's evidence is withdrawn
    /// (facts left with no evidence and no curation disappear) and the new facts applied. Once this returns, the
    /// write is durable.
    /// </summary>
    Task<ApplyResult> ApplyDocumentAsync(DocumentFacts facts, CancellationToken ct = default);

    /// <summary>Merges <paramref name="mergedId"/> into <paramref name="survivorId"/> (same kind): relations, evidence and
    /// names move to the survivor, the merged name becomes an alias, and the merged id redirects to the survivor from now on.</summary>
    Task<Node> MergeNodesAsync(string survivorId, string mergedId, Curation curation, CancellationToken ct = default);

    Task<Entity> AddAliasAsync(string entityId, string alias, Curation curation, CancellationToken ct = default);

    /// <summary>Hides a fact (relation, event or entity) for good, even if a document states it again.</summary>
    Task RetractFactAsync(string factId, Curation curation, CancellationToken ct = default);
}
