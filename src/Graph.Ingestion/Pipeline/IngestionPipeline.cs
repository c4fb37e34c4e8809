using Graph.Ingestion.Resolution;
using Graph.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Ingestion;

/// <summary>
/// The library entry point of ingestion: checks a document, extracts its facts, resolves them against the graph
/// (entities by name and alias, events by type, time and participants) and applies them through the store as one
/// atomic unit. The same content twice changes nothing; a new version of a document (same url or source path)
/// replaces that document's facts only. Writes are serialized so that resolution sees the graph it writes to.
/// </summary>
public sealed class IngestionPipeline(IGraphStore store, Lexicon.Lexicon lexicon, ILogger<IngestionPipeline>? logger = null)
{
    private readonly Extractor _extractor = new(lexicon);
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ILogger _log = logger ?? NullLogger<IngestionPipeline>.Instance;

    public Extractor Extractor => _extractor;

    /// <summary>Ingests one document. Throws <see cref="DocumentRejectedException"/> for bad input (nothing written);
    /// store failures surface as <see cref="GraphStoreException"/> with nothing written either.</summary>
    public async Task<IngestionResult> IngestAsync(DocumentInput input, CancellationToken ct = default)
    {
        var extraction = _extractor.Extract(input);
        var warnings = new List<string>();
        if (input.PublishedAt is null && extraction.Metadata.PublishedAt is { Inferred: true } window)
            warnings.Add($"the document states no date; its publication is taken to be {window} from the dates in its text");
        if (extraction.Events.Count == 0) warnings.Add("no events were found in the document");

        await _writer.WaitAsync(ct);
        try
        {
            if (await store.FindDocumentByHashAsync(extraction.ContentHash, ct) is { } existing)
            {
                _log.LogDebug("Document {Id} is already in the graph with this content", existing.Id);
                return new IngestionResult(new ApplyResult(existing.Id, ApplyStatus.Unchanged, 0, 0, 0, 0, 0, 0, 0), [], null);
            }
            var entityIds = await EntityResolver.ResolveAsync(store, extraction.Entities, ct);
            var eventIds = await EventResolver.ResolveAsync(store, extraction.DocumentId, extraction.Events, extraction.Relations, entityIds, ct);
            var facts = FactsBuilder.Build(extraction, entityIds, eventIds, DateTimeOffset.UtcNow);
            var applied = await store.ApplyDocumentAsync(facts, ct);
            _log.LogDebug("Document {Id}: {Status}, {Entities} entities, {Events} events, {Relations} relations",
                applied.DocumentId, applied.Status, facts.Entities.Count, facts.Events.Count, facts.Relations.Count);
            return new IngestionResult(applied, warnings, extraction);
        }
        finally
        {
            _writer.Release();
        }
    }
}
