using Graph.Model;
using Graph.Store.Neo4j.Mapping;
using Graph.Store.Neo4j.Transport;
using Microsoft.Extensions.Logging;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string SeqCounter = "seq";
    private const string CurationCounter = "curation";

    /// <summary>
    /// Applies one document in one explicit transaction. Reads come first (previous version, redirects, retractions,
    /// existing nodes and relations); then the previous version is withdrawn, references outside the unit are
    /// checked, and the facts are written in batches (UNWIND), one statement per kind of row and per relationship type.
    /// </summary>
    public async Task<ApplyResult> ApplyDocumentAsync(DocumentFacts facts, CancellationToken ct = default)
    {
        ReadChecks.Document(facts);
        var now = _clock.GetUtcNow();
        var result = await WriteAsync((run, token) => ApplyAsync(run, facts, now, token), ct);
        _logger.LogDebug("Applied {DocumentId}: {Status}, {Evidence} evidence", result.DocumentId, result.Status, result.EvidenceWritten);
        return result;
    }

    private async Task<ApplyResult> ApplyAsync(ICypherRunner run, DocumentFacts facts, DateTimeOffset now, CancellationToken ct)
    {
        var doc = facts.Document;
        var previousHash = (await run.RunAsync(Statement(Statements.ApplyDocumentState, ("documentId", doc.Id)), ct)).Single()["contentHash"].AsStringOrNull();
        if (previousHash == doc.ContentHash) return new ApplyResult(doc.Id, ApplyStatus.Unchanged, 0, 0, 0, 0, 0, 0, 0);

        var stated = facts.Entities.Select(e => e.Id).Concat(facts.Events.Select(e => e.Id))
            .Concat(facts.Relations.SelectMany(r => new[] { r.From, r.To })).Distinct(StringComparer.Ordinal).ToList();
        var redirects = (await run.RunAsync(Statement(Statements.NodesResolve, ("ids", stated)), ct)).Rows
            .ToDictionary(r => r["id"].AsString(), r => r["survivorId"].AsString(), StringComparer.Ordinal);
        string Resolve(string id) => redirects.GetValueOrDefault(id, id);

        if (previousHash is not null) await WithdrawAsync(run, doc.Id, ct);

        var relations = facts.Relations.Select(r =>
        {
            var from = Resolve(r.From);
            var to = Resolve(r.To);
            return (Fact: r, From: from, To: to, Id: FactIds.Relation(r.Type, from, to, r.Role));
        }).ToList();
        var resolvedNodes = stated.Select(Resolve).Distinct(StringComparer.Ordinal).ToList();
        var retracted = await RetractedAsync(run,
            resolvedNodes.Concat(relations.Select(r => r.Id)).Concat(relations.Select(r => r.Fact.Id)), ct);
        var existing = (await run.RunAsync(Statement(Statements.NodesExisting, ("ids", resolvedNodes)), ct)).Rows
            .ToDictionary(r => r["id"].AsString(), r => r["name"].AsString(), StringComparer.Ordinal);

        var unitNodes = facts.Entities.Select(e => Resolve(e.Id)).Concat(facts.Events.Select(e => Resolve(e.Id)))
            .Where(id => !retracted.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var missing = facts.Relations.SelectMany(r => new[] { r.From, r.To })
            .Where(id => !unitNodes.Contains(Resolve(id)) && !retracted.Contains(Resolve(id)) && !existing.ContainsKey(Resolve(id)))
            .Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0) throw new NodeNotFoundException(missing);

        var rows = new ApplyRows(doc.Id);
        var names = new Dictionary<string, string>(existing, StringComparer.Ordinal);
        foreach (var entity in facts.Entities)
        {
            var id = Resolve(entity.Id);
            if (!retracted.Contains(id)) rows.AddEntity(entity, id, names);
        }
        foreach (var ev in facts.Events)
        {
            var id = Resolve(ev.Id);
            if (!retracted.Contains(id)) rows.AddEvent(ev, id, names);
        }
        var existingRelations = (await LoadRelationsAsync(run, relations.Select(r => r.Id), ct))
            .Where(x => x.Key == x.Value.Id).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (fact, from, to, id) in relations)
        {
            // A merge can turn a relation into a loop; retractions hide the relation or an endpoint for good.
            if (from == to || retracted.Contains(from) || retracted.Contains(to) || retracted.Contains(id) || retracted.Contains(fact.Id)) continue;
            rows.AddRelation(fact, id, from, to, created: existingRelations.Add(id));
        }

        // One block of seq values for the document and every name, quantity and piece of evidence it adds.
        var last = await NextValuesAsync(run, SeqCounter, rows.SeqNeeded, ct);
        rows.NumberFrom(last - rows.SeqNeeded + 1);

        await run.RunAsync(Statement(Statements.ApplyDocument, ("document", DocumentRow(facts, rows.DocumentSeq, now))), ct);
        if (rows.Entities.Count > 0) await run.RunAsync(Statement(Statements.ApplyEntities, ("entities", rows.Entities)), ct);
        if (rows.Events.Count > 0) await run.RunAsync(Statement(Statements.ApplyEvents, ("events", rows.Events)), ct);
        if (rows.Names.Count > 0) await run.RunAsync(Statement(Statements.ApplyNames, ("names", rows.Names)), ct);
        if (rows.Quantities.Count > 0) await run.RunAsync(Statement(Statements.ApplyQuantities, ("quantities", rows.Quantities)), ct);
        foreach (var (type, batch) in rows.RelationsByType)
        {
            await run.RunAsync(Statement(Statements.ApplyRelations, type, ("relations", batch)), ct);
        }
        if (rows.Evidence.Count > 0) await run.RunAsync(Statement(Statements.ApplyEvidence, ("evidence", rows.Evidence)), ct);

        return new ApplyResult(doc.Id, previousHash is null ? ApplyStatus.Created : ApplyStatus.Replaced,
            rows.EntitiesCreated, rows.EntitiesMerged, rows.EventsCreated, rows.EventsMerged,
            rows.RelationsCreated, rows.RelationsMerged, rows.Evidence.Count);
    }

    /// <summary>
    /// Withdraws what the previous version of a document said: its evidence, aliases and quantities, then every fact it
    /// touched that is left with no evidence and no curation (relations first, then nodes with no relation left).
    /// </summary>
    private async Task WithdrawAsync(ICypherRunner run, string documentId, CancellationToken ct)
    {
        var withdrawn = (await run.RunAsync(Statement(Statements.ApplyWithdraw, ("documentId", documentId)), ct)).Single();
        var touched = withdrawn["factIds"].AsStringList();
        var relationIds = touched.Where(FactIds.IsRelationId).ToList();
        var dead = new List<Relation>();
        if (relationIds.Count > 0)
        {
            var candidates = (await LoadRelationsAsync(run, relationIds, ct)).Values
                .Where(r => r.EvidenceCount == 0).DistinctBy(r => r.Id).ToList();
            var curated = await CuratedAsync(run, candidates.Select(r => r.Id), ct);
            dead.AddRange(candidates.Where(r => !curated.Contains(r.Id)));
            await DeleteRelationsAsync(run, dead, ct);
        }
        var nodeCandidates = touched.Where(id => !FactIds.IsRelationId(id))
            .Concat(withdrawn["eventIds"].AsStringList())
            .Concat(dead.Select(d => d.From)).Concat(dead.Select(d => d.To))
            .Distinct(StringComparer.Ordinal).ToList();
        if (nodeCandidates.Count == 0) return;
        var deadNodes = (await run.RunAsync(Statement(Statements.FactsUnsupportedNodes, ("ids", nodeCandidates)), ct)).Rows
            .Select(r => r["id"].AsString()).ToList();
        if (deadNodes.Count > 0) await run.RunAsync(Statement(Statements.FactsDeleteNodes, ("ids", deadNodes)), ct);
    }

    private async Task DeleteRelationsAsync(ICypherRunner run, IEnumerable<Relation> relations, CancellationToken ct)
    {
        foreach (var group in relations.GroupBy(r => r.Type))
        {
            await run.RunAsync(Statement(Statements.FactsDeleteRelations, group.Key,
                ("ids", group.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList())), ct);
        }
    }

    private async Task<HashSet<string>> RetractedAsync(ICypherRunner run, IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0) return new HashSet<string>(StringComparer.Ordinal);
        return (await run.RunAsync(Statement(Statements.CurationsRetractions, ("ids", list)), ct)).Rows
            .Select(r => r["factId"].AsString()).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<HashSet<string>> CuratedAsync(ICypherRunner run, IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0) return new HashSet<string>(StringComparer.Ordinal);
        return (await run.RunAsync(Statement(Statements.FactsCurated, ("ids", list)), ct)).Rows
            .Select(r => r["id"].AsString()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Reserves <paramref name="count"/> values of a counter and returns the last one.</summary>
    private async Task<long> NextValuesAsync(ICypherRunner run, string counter, int count, CancellationToken ct) =>
        (await run.RunAsync(Statement(Statements.CurationsNextValues, ("name", counter), ("count", count)), ct)).Single()["last"].AsInt64();

    private static Dictionary<string, object?> DocumentRow(DocumentFacts facts, long seq, DateTimeOffset now)
    {
        var doc = facts.Document;
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = doc.Id,
            ["seq"] = seq,
            ["contentHash"] = doc.ContentHash,
            ["title"] = doc.Title,
            ["publisher"] = doc.Publisher,
            ["author"] = doc.Author,
            ["url"] = doc.Url,
            ["sourcePath"] = doc.SourcePath,
            ["ingestedAt"] = GraphValues.Instant(doc.IngestedAt == default ? now : doc.IngestedAt),
            ["length"] = facts.Text.Length,
            ["text"] = facts.Text,
        };
        GraphValues.AddTime(row, "published", doc.PublishedAt);
        return row;
    }
}
