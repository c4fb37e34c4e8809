using Graph.Model;
using Graph.Store.Neo4j.Mapping;
using Graph.Store.Neo4j.Transport;
using Microsoft.Extensions.Logging;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Folds one node into another of the same kind, in one transaction: every relation of the merged node is re-keyed
    /// onto the survivor (joining a relation with the same content, dropped when it would link the survivor to itself
    /// or is retracted), retracted relations are re-keyed too, names, quantities, evidence and missing attributes move,
    /// and the merged id (and the old relation ids) redirect from now on.
    /// </summary>
    public async Task<Node> MergeNodesAsync(string survivorId, string mergedId, Curation curation, CancellationToken ct = default)
    {
        FactValidator.ValidateCuration(curation);
        ReadChecks.NodeId("survivorId", survivorId);
        ReadChecks.NodeId("mergedId", mergedId);
        var now = _clock.GetUtcNow();
        var node = await WriteAsync((run, token) => MergeAsync(run, survivorId, mergedId, curation, now, token), ct);
        _logger.LogInformation("Merged {MergedId} into {SurvivorId} by {Actor}", mergedId, survivorId, curation.Actor);
        return node;
    }

    private async Task<Node> MergeAsync(ICypherRunner run, string survivorId, string mergedId, Curation curation, DateTimeOffset now, CancellationToken ct)
    {
        var nodes = await LoadNodesAsync(run, [survivorId, mergedId], ct);
        var missing = new[] { survivorId, mergedId }.Where(id => !nodes.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0) throw new NodeNotFoundException(missing);
        var survivor = nodes[survivorId];
        var merged = nodes[mergedId];
        if (survivor.Id == merged.Id)
            throw ReadChecks.Invalid("mergedId", $"'{mergedId}' and '{survivorId}' are already the same node");
        if (survivor.Kind != merged.Kind)
            throw ReadChecks.Invalid("mergedId", $"cannot merge a {merged.Kind} into a {survivor.Kind}");
        if (survivor.Kind == NodeKind.Document)
            throw ReadChecks.Invalid("survivorId", "documents cannot be merged");
        var s = survivor.Id;
        var m = merged.Id;

        // Relations of the merged node, re-keyed onto the survivor.
        var relations = (await run.RunAsync(Statement(Statements.MergeRelationsOf, ("id", m)), ct)).Rows
            .Select(r => RowReader.Relation(r["relation"].AsMap())).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var rekeyed = relations.Select(rel =>
        {
            var from = rel.From == m ? s : rel.From;
            var to = rel.To == m ? s : rel.To;
            return (Old: rel, From: from, To: to, Id: FactIds.Relation(rel.Type, from, to, rel.Role));
        }).ToList();
        var retracted = await RetractedAsync(run, rekeyed.Select(r => r.Id), ct);
        var hidden = rekeyed.Where(r => r.From == r.To || retracted.Contains(r.Id)).ToList();
        var kept = rekeyed.Except(hidden).ToList();
        await DeleteRelationsAsync(run, hidden.Select(h => h.Old), ct);
        foreach (var group in kept.GroupBy(k => k.Old.Type).OrderBy(g => g.Key))
        {
            var rows = group.Select(k =>
            {
                var row = new Dictionary<string, object?>
                {
                    ["id"] = k.Id, ["from"] = k.From, ["to"] = k.To, ["role"] = k.Old.Role, ["confidence"] = k.Old.Confidence,
                };
                GraphValues.AddTime(row, "time", k.Old.Time);
                return row;
            }).ToList();
            await run.RunAsync(Statement(Statements.ApplyRelations, group.Key, ("relations", rows)), ct);
        }
        if (kept.Count > 0)
        {
            var moves = kept.Select(k => new Dictionary<string, object?> { ["from"] = k.Old.Id, ["to"] = k.Id }).ToList();
            await run.RunAsync(Statement(Statements.MergeMoveEvidence, ("moves", moves)), ct);
            await run.RunAsync(Statement(Statements.MergeRedirectRelations, ("moves", moves)), ct);
        }

        // Retracted relations of the merged node stay hidden under their re-keyed ids.
        var retractions = (await run.RunAsync(Statement(Statements.CurationsRetractionsTouching, ("nodeId", m)), ct)).Rows
            .Select(r => r["retraction"].AsMap()).ToList();
        foreach (var h in retractions)
        {
            var type = GraphValues.ParseRelationType(h["type"]);
            var from = h["fromId"].AsString() == m ? s : h["fromId"].AsString();
            var to = h["toId"].AsString() == m ? s : h["toId"].AsString();
            if (from == to) continue;
            var role = h["role"].AsStringOrNull();
            await RecordRetractionAsync(run, FactIds.Relation(type, from, to, role), type, from, to, role, ct);
        }

        await run.RunAsync(Statement(Statements.MergeMoveNode, ("mergedId", m), ("survivorId", s)), ct);
        if (merged.Name != survivor.Name)
        {
            var seq = await NextValuesAsync(run, SeqCounter, 1, ct);
            await run.RunAsync(Statement(Statements.CurationsAddAlias,
                ("nodeId", s), ("name", merged.Name), ("key", NameKey.Normalize(merged.Name)), ("seq", seq)), ct);
        }
        await RecordCurationAsync(run, CurationAction.MergeNodes, s, m, merged.Name, curation, now, ct);
        return (await LoadNodesAsync(run, [s], ct))[s];
    }

    /// <summary>Adds a curated alias: it belongs to no document, so no re-ingestion withdraws it.</summary>
    public async Task<Entity> AddAliasAsync(string entityId, string alias, Curation curation, CancellationToken ct = default)
    {
        FactValidator.ValidateCuration(curation);
        ReadChecks.NodeId("entityId", entityId);
        var problems = new List<FactProblem>();
        FactValidator.CheckName(problems, "alias", alias);
        FactValidator.Throw(problems);
        var now = _clock.GetUtcNow();
        return await WriteAsync(async (run, token) =>
        {
            var node = (await LoadNodesAsync(run, [entityId], token)).GetValueOrDefault(entityId) ?? throw new NodeNotFoundException([entityId]);
            if (node is not Entity entity)
                throw ReadChecks.Invalid("entityId", $"'{entityId}' is a {node.Kind}, not an entity");
            var curated = (await run.RunAsync(Statement(Statements.CurationsHasCuratedAlias, ("nodeId", entity.Id), ("name", alias)), token))
                .Single()["curated"].AsBoolean();
            if (alias == entity.Name || curated) return entity;
            var seq = await NextValuesAsync(run, SeqCounter, 1, token);
            await run.RunAsync(Statement(Statements.CurationsAddAlias,
                ("nodeId", entity.Id), ("name", alias), ("key", NameKey.Normalize(alias)), ("seq", seq)), token);
            await RecordCurationAsync(run, CurationAction.AddAlias, entity.Id, null, alias, curation, now, token);
            return (Entity)(await LoadNodesAsync(run, [entity.Id], token))[entity.Id];
        }, ct);
    }

    /// <summary>Hides a relation, an event or an entity for good; a retracted node takes its relations with it.</summary>
    public async Task RetractFactAsync(string factId, Curation curation, CancellationToken ct = default)
    {
        FactValidator.ValidateCuration(curation);
        ReadChecks.Id("factId", factId);
        if (!FactIds.IsRelationId(factId)) ReadChecks.NodeId("factId", factId);
        var now = _clock.GetUtcNow();
        await WriteAsync(async (run, token) =>
        {
            var id = await ResolveAsync(run, factId, token);
            if (FactIds.IsRelationId(id))
            {
                var relation = (await LoadRelationsAsync(run, [id], token)).GetValueOrDefault(id) ?? throw new NodeNotFoundException([factId]);
                id = relation.Id;
                await DeleteRelationsAsync(run, [relation], token);
                await RecordRetractionAsync(run, id, relation.Type, relation.From, relation.To, relation.Role, token);
            }
            else
            {
                var node = (await LoadNodesAsync(run, [id], token)).GetValueOrDefault(id) ?? throw new NodeNotFoundException([factId]);
                if (node.Kind == NodeKind.Document)
                    throw ReadChecks.Invalid("factId", "a document is not a fact; ingest a new version instead");
                await run.RunAsync(Statement(Statements.FactsDeleteNodes, ("ids", new[] { id })), token);
                await run.RunAsync(Statement(Statements.CurationsRetract,
                    ("factId", id), ("type", null), ("fromId", null), ("toId", null), ("role", null)), token);
            }
            await RecordCurationAsync(run, CurationAction.RetractFact, id, id == factId ? null : factId, null, curation, now, token);
            return true;
        }, ct);
        _logger.LogInformation("Retracted {FactId} by {Actor}", factId, curation.Actor);
    }

    private Task RecordRetractionAsync(ICypherRunner run, string id, RelationType type, string from, string to, string? role, CancellationToken ct) =>
        run.RunAsync(Statement(Statements.CurationsRetract,
            ("factId", id), ("type", type.CypherName()), ("fromId", from), ("toId", to), ("role", role)), ct);

    private async Task RecordCurationAsync(ICypherRunner run, CurationAction action, string target, string? other, string? value,
        Curation curation, DateTimeOffset at, CancellationToken ct)
    {
        var sequence = await NextValuesAsync(run, CurationCounter, 1, ct);
        await run.RunAsync(Statement(Statements.CurationsRecord,
            ("sequence", sequence), ("action", action.ToString()), ("targetId", target), ("otherId", other), ("value", value),
            ("actor", curation.Actor), ("reason", curation.Reason), ("at", GraphValues.Instant(at))), ct);
    }
}
