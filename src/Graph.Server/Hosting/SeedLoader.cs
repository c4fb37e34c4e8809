using Graph.Ingestion;
using Graph.Model;
using Graph.Server.Configuration;

namespace Graph.Server.Hosting;

/// <summary>On start-up, fills an empty store with the documents of the seeds folder, logging progress.</summary>
public sealed class SeedLoader(IGraphStore store, IngestionPipeline pipeline, GraphOptions options, ILogger<SeedLoader> logger)
{
    public async Task LoadIfEmptyAsync(CancellationToken ct)
    {
        if (!options.LoadSeedsWhenEmpty || string.IsNullOrWhiteSpace(options.SeedsDirectory)) return;
        var stats = await store.GetStatsAsync(ct);
        var documents = stats.Nodes.GetValueOrDefault(NodeKind.Document);
        if (documents > 0)
        {
            logger.LogInformation("The store holds {Documents} documents; seeds are not loaded again", documents);
            return;
        }
        var folder = RepositoryPaths.Find(options.SeedsDirectory);
        if (folder is null)
        {
            logger.LogWarning("The store is empty and the seeds folder '{Folder}' was not found; starting with an empty graph", options.SeedsDirectory);
            return;
        }
        var inputs = CorpusReader.ReadAll([folder], relativeTo: Path.GetDirectoryName(Path.GetFullPath(folder))).ToList();
        logger.LogInformation("The store is empty: ingesting {Count} seed documents from {Folder}", inputs.Count, folder);
        var done = 0;
        foreach (var input in inputs)
        {
            done++;
            try
            {
                var result = await pipeline.IngestAsync(input, ct);
                logger.LogInformation("Seed {Done}/{Total} {File}: {Entities} entities, {Events} events, {Relations} relations ({Status})",
                    done, inputs.Count, input.SourcePath, result.Apply.EntitiesCreated + result.Apply.EntitiesMerged,
                    result.Apply.EventsCreated + result.Apply.EventsMerged, result.Apply.RelationsCreated + result.Apply.RelationsMerged,
                    result.Apply.Status);
            }
            catch (DocumentRejectedException e)
            {
                logger.LogWarning("Seed {Done}/{Total} {File} was rejected: {Reason}", done, inputs.Count, input.SourcePath, e.Message);
            }
        }
    }
}
