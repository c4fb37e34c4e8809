using Graph.Model;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Mapping;
using Graph.Store.Neo4j.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Store.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> on Neo4j 5.26+ through its HTTP Query API. Every statement lives in cypher/*.cypher
/// (see <see cref="CypherCatalog"/>); values travel only as parameters. A write is one explicit transaction that the
/// transport retries as a whole on transient failures; reads of several statements share one read transaction.
/// </summary>
/// <remarks>
/// The data model is described at the top of cypher/schema.cypher. Semantics follow the SQLite store, which the
/// shared contract suite checks both against: names and aliases remember the document that stated them, a new
/// version of a document withdraws what the old one said, merged ids keep resolving, retracted facts stay hidden.
/// </remarks>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    /// <summary>The longest path <see cref="FindShortestPathsAsync"/> looks for; the bound written in relations.shortestPaths.</summary>
    public const int MaxPathHops = 12;

    private readonly INeo4jTransport _transport;
    private readonly bool _ownsTransport;
    private readonly CypherCatalog _cypher;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile bool _initialized;

    /// <summary>A store over the HTTP Query API at <paramref name="options"/>, with the statements shipped beside the
    /// assembly. The logger also receives the transport's retry warnings.</summary>
    public Neo4jGraphStore(Neo4jStoreOptions options, ILogger<Neo4jGraphStore>? logger = null, TimeProvider? clock = null)
        : this(new HttpQueryApiTransport(options, null, logger), CypherCatalog.Load(), logger, clock, ownsTransport: true)
    {
    }

    /// <summary>A store over any transport (the official driver, or a test's fake).</summary>
    public Neo4jGraphStore(INeo4jTransport transport, CypherCatalog? cypher = null, ILogger<Neo4jGraphStore>? logger = null, TimeProvider? clock = null)
        : this(transport, cypher ?? CypherCatalog.Load(), logger, clock, ownsTransport: false)
    {
    }

    private Neo4jGraphStore(INeo4jTransport transport, CypherCatalog cypher, ILogger? logger, TimeProvider? clock, bool ownsTransport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
        _cypher = cypher;
        _logger = logger ?? NullLogger.Instance;
        _clock = clock ?? TimeProvider.System;
        _ownsTransport = ownsTransport;
    }

    /// <summary>Creates the constraints and indexes of cypher/schema.cypher, one statement at a time (schema changes
    /// cannot share a transaction with each other in Neo4j). Every statement says IF NOT EXISTS, so this is idempotent.</summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (_initialized) return;
        await _initializing.WaitAsync(ct);
        try
        {
            if (_initialized) return;
            foreach (var statement in _cypher.StatementsStartingWith(Statements.SchemaPrefix))
            {
                await _transport.RunAsync([statement], TransactionMode.Write, ct);
            }
            _initialized = true;
            _logger.LogDebug("Neo4j schema is in place");
        }
        finally
        {
            _initializing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsTransport) await _transport.DisposeAsync();
        _initializing.Dispose();
    }

    // ---- helpers shared by reads and writes -----------------------------------------------------------------------

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] values)
    {
        var args = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        foreach (var (name, value) in values) args[name] = value;
        return args;
    }

    private CypherStatement Statement(string name, params (string Name, object? Value)[] values) => _cypher.Statement(name, Args(values));

    private CypherStatement Statement(string name, RelationType type, params (string Name, object? Value)[] values) =>
        _cypher.Statement(name, type, Args(values));

    /// <summary>Runs single statements each in their own implicit read transaction.</summary>
    private sealed class ImplicitReads(INeo4jTransport transport) : ICypherRunner
    {
        public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct = default) =>
            (await transport.RunAsync([statement], TransactionMode.Read, ct))[0];
    }

    private ICypherRunner Reads => new ImplicitReads(_transport);

    /// <summary>Runs a write in one transaction that first takes the store-wide write lock (writes.serialize).</summary>
    private Task<T> WriteAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken ct) =>
        _transport.ExecuteAsync(TransactionMode.Write, async (run, token) =>
        {
            await run.RunAsync(Statement(Statements.WritesSerialize), token);
            return await work(run, token);
        }, ct);

    /// <summary>Nodes keyed by the queried id, merged ids resolved; documents without their text.</summary>
    private async Task<Dictionary<string, Node>> LoadNodesAsync(ICypherRunner run, IEnumerable<string> ids, CancellationToken ct)
    {
        var distinct = ids.Where(id => id is not null).Distinct(StringComparer.Ordinal).ToList();
        var documentIds = distinct.Where(IsDocumentId).ToList();
        var nodeIds = distinct.Where(id => !IsDocumentId(id)).ToList();
        var result = new Dictionary<string, Node>(StringComparer.Ordinal);
        if (nodeIds.Count > 0)
        {
            var rows = await run.RunAsync(Statement(Statements.NodesByIds, ("ids", nodeIds)), ct);
            foreach (var row in rows.Rows) result[row["query"].AsString()] = RowReader.GraphNode(row["node"].AsMap());
        }
        if (documentIds.Count > 0)
        {
            foreach (var (id, document) in await LoadDocumentsAsync(run, documentIds, false, ct)) result[id] = document;
        }
        return result;
    }

    private async Task<Dictionary<string, DocumentRecord>> LoadDocumentsAsync(ICypherRunner run, IReadOnlyCollection<string> ids, bool includeText, CancellationToken ct)
    {
        var result = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        if (ids.Count == 0) return result;
        var rows = await run.RunAsync(Statement(Statements.DocumentsByIds, ("ids", ids.Distinct(StringComparer.Ordinal).ToList()), ("includeText", includeText)), ct);
        foreach (var row in rows.Rows)
        {
            var document = RowReader.Document(row["document"].AsMap());
            result[document.Id] = document;
        }
        return result;
    }

    private async Task<Dictionary<string, Relation>> LoadRelationsAsync(ICypherRunner run, IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Where(id => id is not null).Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, Relation>(StringComparer.Ordinal);
        if (list.Count == 0) return result;
        var rows = await run.RunAsync(Statement(Statements.RelationsByIds, ("ids", list)), ct);
        foreach (var row in rows.Rows) result[row["query"].AsString()] = RowReader.Relation(row["relation"].AsMap());
        return result;
    }

    private static bool IsDocumentId(string id) => FactIds.TryGetKind(id, out var kind) && kind == NodeKind.Document;
}
