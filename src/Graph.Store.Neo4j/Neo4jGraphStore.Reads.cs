using Graph.Model;
using Graph.Store.Neo4j.Mapping;
using Graph.Store.Neo4j.Transport;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>How many candidate names the full-text index hands over before they are scored.</summary>
    private const int SearchCandidates = 2_000;

    public async Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        ReadChecks.List("ids", ids);
        if (ids.Count == 0) return new Dictionary<string, Node>();
        return await LoadNodesAsync(Reads, ids, ct);
    }

    public async Task<IReadOnlyDictionary<string, Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        ReadChecks.List("ids", ids);
        if (ids.Count == 0) return new Dictionary<string, Relation>();
        return await LoadRelationsAsync(Reads, ids, ct);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsAsync(RelationQuery query, CancellationToken ct = default)
    {
        if (query is null) throw ReadChecks.Invalid("query", "is required");
        ReadChecks.List("query.nodeIds", query.NodeIds);
        ReadChecks.Defined("query.types", query.Types);
        if (!Enum.IsDefined(query.Direction)) throw ReadChecks.Invalid("query.direction", $"'{query.Direction}' is not a direction");
        var result = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        if (query.NodeIds.Count == 0) return result;
        var rows = await Reads.RunAsync(Statement(Statements.RelationsOfNodes,
            ("ids", query.NodeIds.Where(i => i is not null).Distinct(StringComparer.Ordinal).ToList()),
            ("types", TypeNames(query.Types)),
            ("outgoing", query.Direction is Direction.Outgoing or Direction.Both),
            ("incoming", query.Direction is Direction.Incoming or Direction.Both)), ct);
        foreach (var group in rows.Rows.Select(r => (Query: r["query"].AsString(), Relation: RowReader.Relation(r["relation"].AsMap())))
                     .GroupBy(x => x.Query, StringComparer.Ordinal))
        {
            result[group.Key] = group.Select(x => x.Relation).DistinctBy(r => r.Id)
                .OrderBy(r => r.Type).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> factIds, CancellationToken ct = default)
    {
        ReadChecks.List("factIds", factIds);
        var result = new Dictionary<string, IReadOnlyList<Evidence>>(StringComparer.Ordinal);
        if (factIds.Count == 0) return result;
        var rows = await Reads.RunAsync(Statement(Statements.EvidenceByFacts,
            ("ids", factIds.Where(i => i is not null).Distinct(StringComparer.Ordinal).ToList())), ct);
        foreach (var group in rows.Rows.Select(r => (Query: r["query"].AsString(), Evidence: RowReader.Evidence(r["evidence"].AsMap())))
                     .GroupBy(x => x.Query, StringComparer.Ordinal))
        {
            result[group.Key] = group.Select(x => x.Evidence).ToList();
        }
        return result;
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        if (query is null) throw ReadChecks.Invalid("query", "is required");
        if (query.Text is null) throw ReadChecks.Invalid("query.text", "is required");
        if (query.Text.Length > FactLimits.MaxNameLength) throw ReadChecks.Invalid("query.text", $"is longer than {FactLimits.MaxNameLength} characters");
        ReadChecks.Range("query.first", query.First, 1, ReadChecks.MaxPageSize);
        ReadChecks.Defined("query.kinds", query.Kinds);
        var key = NameKey.Normalize(query.Text);
        if (key.Length == 0) return [];
        var hits = await Reads.RunAsync(Statement(Statements.NodesSearch,
            ("match", LuceneQuery.AllWordPrefixes(key)),
            ("key", key),
            ("kinds", query.Kinds?.Select(k => k.ToString()).ToList()),
            ("candidates", SearchCandidates),
            ("first", query.First)), ct);
        var ranked = hits.Rows.Select(r => (Id: r["id"].AsString(), Name: r["matchedName"].AsString(), Score: r["score"].AsDouble())).ToList();
        var nodes = await LoadNodesAsync(Reads, ranked.Select(h => h.Id), ct);
        return ranked.Where(h => nodes.ContainsKey(h.Id)).Select(h => new SearchHit(nodes[h.Id], h.Name, Math.Round(h.Score, 6))).ToList();
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Entity>>> FindByNamesAsync(IReadOnlyCollection<string> names, IReadOnlyList<NodeKind>? kinds = null, CancellationToken ct = default)
    {
        ReadChecks.List("names", names);
        ReadChecks.Defined("kinds", kinds);
        var result = new Dictionary<string, IReadOnlyList<Entity>>(StringComparer.Ordinal);
        var pairs = names.Where(n => n is not null).Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Key: NameKey.Normalize(n))).Where(p => p.Key.Length > 0).ToList();
        if (pairs.Count == 0) return result;
        var rows = await Reads.RunAsync(Statement(Statements.NodesNames,
            ("names", pairs.Select(p => new Dictionary<string, object?> { ["name"] = p.Name, ["key"] = p.Key }).ToList())), ct);
        var wanted = kinds?.Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);
        var matches = rows.Rows
            .Where(r => wanted is null || wanted.Contains(r["kind"].AsString()))
            .Select(r => (Query: r["query"].AsString(), Id: r["id"].AsString())).ToList();
        var nodes = await LoadNodesAsync(Reads, matches.Select(m => m.Id), ct);
        foreach (var group in matches.GroupBy(m => m.Query, StringComparer.Ordinal))
        {
            result[group.Key] = group.Select(m => nodes.GetValueOrDefault(m.Id)).OfType<Entity>()
                .OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        }
        return result;
    }

    public async Task<Page<Event>> FindEventsAsync(EventQuery query, CancellationToken ct = default)
    {
        if (query is null) throw ReadChecks.Invalid("query", "is required");
        ReadChecks.Range("query.first", query.First, 1, ReadChecks.MaxPageSize);
        ReadChecks.Range("query.involvingAtLeast", query.InvolvingAtLeast, 1, ReadChecks.MaxInvolvingAtLeast);
        ReadChecks.Defined("query.types", query.Types);
        ReadChecks.Defined("query.roles", query.Roles);
        if (!Enum.IsDefined(query.Order)) throw ReadChecks.Invalid("query.order", $"'{query.Order}' is not an order");
        if (query.From is { } from && query.To is { } to && from > to) throw ReadChecks.Invalid("query.from", "is after query.to");
        long? afterRank = null, afterKey = null;
        string? afterId = null;
        if (query.After is not null)
        {
            var parts = StoreCursor.Decode(query.After, "event", 3, "after");
            afterRank = StoreCursor.Long(parts[0], "after");
            afterKey = StoreCursor.Long(parts[1], "after");
            afterId = parts[2];
        }
        return await _transport.ExecuteAsync(TransactionMode.Read, async (run, token) =>
        {
            var found = (await run.RunAsync(Statement(Statements.EventsFind,
                ("types", query.Types?.Select(t => t.ToString()).ToList()),
                ("involving", query.Involving?.Where(i => i is not null).ToList()),
                ("roles", TypeNames(query.Roles)),
                ("involvingAtLeast", query.InvolvingAtLeast),
                ("mediatedBy", query.MediatedBy?.Where(i => i is not null).ToList()),
                ("place", query.Place),
                ("from", GraphValues.Date(query.From)),
                ("to", GraphValues.Date(query.To)),
                ("descending", query.Order == EventOrder.TimeDescending),
                ("afterRank", afterRank), ("afterKey", afterKey), ("afterId", afterId),
                ("limit", query.First + 1)), token)).Single();
            var page = found["page"].AsList().Select(v => v.AsMap())
                .Select(m => (Id: m["id"].AsString(), Rank: m["rank"].AsInt64(), Key: m["key"].AsInt64())).ToList();
            var hasNext = page.Count > query.First;
            if (hasNext) page.RemoveAt(page.Count - 1);
            var nodes = await LoadNodesAsync(run, page.Select(p => p.Id), token);
            var items = page.Where(p => nodes.ContainsKey(p.Id)).ToList();
            return new Page<Event>(
                items.Select(p => (Event)nodes[p.Id]).ToList(),
                items.Select(p => StoreCursor.Encode("event", StoreCursor.Text(p.Rank), StoreCursor.Text(p.Key), p.Id)).ToList(),
                hasNext,
                found["total"].AsInt32());
        }, ct);
    }

    public async Task<Subgraph> GetNeighborhoodAsync(string id, int depth, IReadOnlyList<RelationType>? types = null, int maxNodes = 500, CancellationToken ct = default)
    {
        ReadChecks.Id("id", id);
        ReadChecks.Range("depth", depth, 0, ReadChecks.MaxDepth);
        ReadChecks.Range("maxNodes", maxNodes, 1, ReadChecks.MaxNeighborhoodNodes);
        ReadChecks.Defined("types", types);
        var typeNames = TypeNames(types);
        return await _transport.ExecuteAsync(TransactionMode.Read, async (run, token) =>
        {
            var start = await ResolveAsync(run, id, token);
            var order = new List<string> { start };
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            var frontier = new List<string> { start };
            var truncated = false;
            // Breadth first, one statement per level; each level is sorted by id so the cut at maxNodes is stable.
            for (var level = 1; level <= depth && frontier.Count > 0 && !truncated; level++)
            {
                var room = maxNodes - seen.Count;
                var found = await run.RunAsync(Statement(Statements.RelationsNeighbours,
                    ("frontier", frontier), ("seen", seen.ToList()), ("types", typeNames), ("limit", room + 1)), token);
                var next = found.Rows.Select(r => r["id"].AsString()).ToList();
                if (next.Count > room)
                {
                    truncated = true;
                    next.RemoveRange(room, next.Count - room);
                }
                foreach (var n in next) seen.Add(n);
                order.AddRange(next);
                frontier = next;
            }
            var nodes = await LoadNodesAsync(run, order, token);
            if (!nodes.ContainsKey(start)) return new Subgraph([], [], false);
            var relations = new List<Relation>();
            if (order.Count > 1)
            {
                var among = await run.RunAsync(Statement(Statements.RelationsAmong, ("ids", order), ("types", typeNames)), token);
                relations.AddRange(among.Rows.Select(r => RowReader.Relation(r["relation"].AsMap())).OrderBy(r => r.Id, StringComparer.Ordinal));
            }
            return new Subgraph(order.Where(nodes.ContainsKey).Select(n => nodes[n]).ToList(), relations, truncated);
        }, ct);
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(string from, string to, int maxHops, int maxPaths = 10, CancellationToken ct = default)
    {
        ReadChecks.Id("from", from);
        ReadChecks.Id("to", to);
        ReadChecks.Range("maxHops", maxHops, 0, ReadChecks.MaxHops);
        ReadChecks.Range("maxPaths", maxPaths, 1, ReadChecks.MaxPaths);
        return await _transport.ExecuteAsync(TransactionMode.Read, async (run, token) =>
        {
            var ends = await LoadNodesAsync(run, [from, to], token);
            if (!ends.TryGetValue(from, out var fromNode) || !ends.TryGetValue(to, out var toNode)) return (IReadOnlyList<GraphPath>)[];
            if (fromNode.Id == toNode.Id) return [new GraphPath([fromNode.Id], [])];
            if (maxHops == 0) return [];
            var found = await run.RunAsync(Statement(Statements.RelationsShortestPaths,
                ("from", fromNode.Id), ("to", toNode.Id), ("maxHops", maxHops), ("limit", ReadChecks.MaxPaths)), token);
            // Neo4j returns the shortest paths in no set order: sort them by their nodes, then their relations.
            var paths = found.Rows
                .Select(r => (Nodes: r["nodeIds"].AsStringList(), Relations: r["relationIds"].AsStringList()))
                .OrderBy(p => string.Join('\n', p.Nodes), StringComparer.Ordinal)
                .ThenBy(p => string.Join('\n', p.Relations), StringComparer.Ordinal)
                .Take(maxPaths)
                .ToList();
            var relations = await LoadRelationsAsync(run, paths.SelectMany(p => p.Relations), token);
            return paths.Select(p => new GraphPath(p.Nodes, p.Relations.Select(r => relations[r]).ToList())).ToList();
        }, ct);
    }

    public async Task<IReadOnlyDictionary<string, DocumentRecord>> GetDocumentsAsync(IReadOnlyCollection<string> ids, bool includeText = false, CancellationToken ct = default)
    {
        ReadChecks.List("ids", ids);
        if (ids.Count == 0) return new Dictionary<string, DocumentRecord>();
        return await LoadDocumentsAsync(Reads, ids.Where(i => i is not null).ToList(), includeText, ct);
    }

    public async Task<Page<DocumentRecord>> ListDocumentsAsync(int first = 50, string? after = null, CancellationToken ct = default)
    {
        ReadChecks.Range("first", first, 1, ReadChecks.MaxPageSize);
        long? afterSeq = after is null ? null : StoreCursor.Long(StoreCursor.Decode(after, "document", 1, "after")[0], "after");
        return await _transport.ExecuteAsync(TransactionMode.Read, async (run, token) =>
        {
            var found = (await run.RunAsync(Statement(Statements.DocumentsPage, ("afterSeq", afterSeq), ("limit", first + 1)), token)).Single();
            var page = found["page"].AsList().Select(v => v.AsMap()).Select(m => (Id: m["id"].AsString(), Seq: m["seq"].AsInt64())).ToList();
            var hasNext = page.Count > first;
            if (hasNext) page.RemoveAt(page.Count - 1);
            var documents = await LoadDocumentsAsync(run, page.Select(p => p.Id).ToList(), false, token);
            var items = page.Where(p => documents.ContainsKey(p.Id)).ToList();
            return new Page<DocumentRecord>(
                items.Select(p => documents[p.Id]).ToList(),
                items.Select(p => StoreCursor.Encode("document", StoreCursor.Text(p.Seq))).ToList(),
                hasNext,
                found["total"].AsInt32());
        }, ct);
    }

    public async Task<DocumentRecord?> FindDocumentByHashAsync(string contentHash, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(contentHash)) throw ReadChecks.Invalid("contentHash", "is required");
        var found = await Reads.RunAsync(Statement(Statements.DocumentsByHash, ("contentHash", contentHash)), ct);
        if (found.Rows.Count == 0) return null;
        var id = found.Rows[0]["id"].AsString();
        return (await LoadDocumentsAsync(Reads, [id], false, ct)).GetValueOrDefault(id);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
    {
        var row = (await Reads.RunAsync(Statement(Statements.StatsCounts), ct)).Single();
        var nodes = new Dictionary<NodeKind, int>
        {
            [NodeKind.Person] = row["persons"].AsInt32(),
            [NodeKind.State] = row["states"].AsInt32(),
            [NodeKind.Organization] = row["organizations"].AsInt32(),
            [NodeKind.Place] = row["places"].AsInt32(),
            [NodeKind.Event] = row["events"].AsInt32(),
            [NodeKind.Document] = row["documents"].AsInt32(),
        };
        return new GraphStats(nodes, row["relations"].AsInt32(), row["evidence"].AsInt32(), row["curations"].AsInt32());
    }

    public async Task<IReadOnlyList<CurationRecord>> GetCurationsAsync(string? targetId = null, CancellationToken ct = default) =>
        await CurationsAsync(Reads, targetId, ct);

    public async Task<GraphSnapshot> ExportAsync(CancellationToken ct = default) =>
        await _transport.ExecuteAsync(TransactionMode.Read, async (run, token) =>
        {
            var documentIds = (await run.RunAsync(Statement(Statements.DocumentsAll), token)).Rows.Select(r => r["id"].AsString()).ToList();
            var documents = await LoadDocumentsAsync(run, documentIds, true, token);
            var nodeIds = (await run.RunAsync(Statement(Statements.ExportNodeIds), token)).Rows.Select(r => r["id"].AsString()).ToList();
            var nodes = await LoadNodesAsync(run, nodeIds, token);
            var ordered = nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
            var relations = (await run.RunAsync(Statement(Statements.ExportRelations), token)).Rows
                .Select(r => RowReader.Relation(r["relation"].AsMap())).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            var evidence = (await run.RunAsync(Statement(Statements.ExportEvidence), token)).Rows
                .Select(r => RowReader.Evidence(r["evidence"].AsMap())).ToList();
            var curations = await CurationsAsync(run, null, token);
            return new GraphSnapshot(
                documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(),
                ordered.OfType<Entity>().ToList(),
                ordered.OfType<Event>().ToList(),
                relations,
                evidence,
                curations);
        }, ct);

    private async Task<IReadOnlyList<CurationRecord>> CurationsAsync(ICypherRunner run, string? targetId, CancellationToken ct) =>
        (await run.RunAsync(Statement(Statements.CurationsList, ("targetId", targetId)), ct)).Rows
            .Select(r => RowReader.Curation(r["curation"].AsMap())).ToList();

    /// <summary>The survivor of a merged id, or the id itself.</summary>
    private async Task<string> ResolveAsync(ICypherRunner run, string id, CancellationToken ct)
    {
        var found = await run.RunAsync(Statement(Statements.NodesResolve, ("ids", new[] { id })), ct);
        return found.Rows.Count > 0 ? found.Rows[0]["survivorId"].AsString() : id;
    }

    private static List<string>? TypeNames(IReadOnlyList<RelationType>? types) => types?.Select(t => t.CypherName()).ToList();
}
