using Graph.Model;
using Graph.Store.Sqlite.Writes;
using Microsoft.Extensions.Logging;

namespace Graph.Store.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<ApplyResult> ApplyDocumentAsync(DocumentFacts facts, CancellationToken ct = default)
    {
        ValidateDocument(facts);
        var result = await WriteAsync(db => new DocumentApplier(db, FaultHook).ApplyAsync(facts, _clock.GetUtcNow(), ct), ct).ConfigureAwait(false);
        _logger.LogDebug("Applied {DocumentId}: {Status}, {Evidence} evidence", result.DocumentId, result.Status, result.EvidenceWritten);
        return result;
    }

    /// <summary>
    /// Bulk load: applies many documents with the same rules as <see cref="ApplyDocumentAsync"/>, but
    /// <paramref name="batchSize"/> documents per transaction. Each batch is atomic (a failing document rolls back
    /// its whole batch and stops the load; earlier batches stay). Meant for seeding and benchmarks.
    /// </summary>
    public async Task<IReadOnlyList<ApplyResult>> ApplyDocumentsAsync(IEnumerable<DocumentFacts> documents, int batchSize = 1_000, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        QueryLimits.Check("batchSize", batchSize, 1, 1_000_000);
        var results = new List<ApplyResult>();
        foreach (var batch in documents.Chunk(batchSize))
        {
            foreach (var facts in batch) ValidateDocument(facts);
            var applied = await WriteAsync(async db =>
            {
                var applier = new DocumentApplier(db, FaultHook);
                var list = new List<ApplyResult>(batch.Length);
                foreach (var facts in batch) list.Add(await applier.ApplyAsync(facts, _clock.GetUtcNow(), ct).ConfigureAwait(false));
                return list;
            }, ct).ConfigureAwait(false);
            results.AddRange(applied);
        }
        return results;
    }

    public async Task<Node> MergeNodesAsync(string survivorId, string mergedId, Curation curation, CancellationToken ct = default)
    {
        FactValidator.ValidateCuration(curation);
        CheckNodeId("survivorId", survivorId);
        CheckNodeId("mergedId", mergedId);
        var node = await WriteAsync(db => NodeMerge.MergeAsync(db, survivorId, mergedId, curation, _clock.GetUtcNow(), ct), ct).ConfigureAwait(false);
        _logger.LogInformation("Merged {MergedId} into {SurvivorId} by {Actor}", mergedId, survivorId, curation.Actor);
        return node;
    }

    public async Task<Entity> AddAliasAsync(string entityId, string alias, Curation curation, CancellationToken ct = default)
    {
        FactValidator.ValidateCuration(curation);
        CheckNodeId("entityId", entityId);
        var problems = new List<FactProblem>();
        FactValidator.CheckName(problems, "alias", alias);
        FactValidator.Throw(problems);
        return await WriteAsync(db => AliasCuration.AddAsync(db, entityId, alias, curation, _clock.GetUtcNow(), ct), ct).ConfigureAwait(false);
    }

    public async Task RetractFactAsync(string factId, Curation curation, CancellationToken ct = default)
    {
        FactValidator.ValidateCuration(curation);
        QueryLimits.CheckId("factId", factId);
        if (!FactIds.IsRelationId(factId)) CheckNodeId("factId", factId);
        await WriteAsync(async db =>
        {
            await FactRetraction.RetractAsync(db, factId, curation, _clock.GetUtcNow(), ct).ConfigureAwait(false);
            return true;
        }, ct).ConfigureAwait(false);
        _logger.LogInformation("Retracted {FactId} by {Actor}", factId, curation.Actor);
    }

    /// <summary>Shape checks the validator assumes (non-null parts), then the validator itself.</summary>
    private static void ValidateDocument(DocumentFacts facts)
    {
        var problems = new List<FactProblem>();
        if (facts is null) problems.Add(new("facts", "is required"));
        else
        {
            if (facts.Document is null) problems.Add(new("document", "is required"));
            if (facts.Entities is null) problems.Add(new("entities", "is required (may be empty)"));
            if (facts.Events is null) problems.Add(new("events", "is required (may be empty)"));
            if (facts.Relations is null) problems.Add(new("relations", "is required (may be empty)"));
        }
        FactValidator.Throw(problems);
        FactValidator.Validate(facts!);
    }

    private static void CheckNodeId(string path, string id)
    {
        QueryLimits.CheckId(path, id);
        if (!FactIds.TryGetKind(id, out var kind)) throw Invalid(path, $"'{id}' is not a node id");
        var problems = new List<FactProblem>();
        FactValidator.CheckNodeId(problems, path, id, kind);
        FactValidator.Throw(problems);
    }
}
