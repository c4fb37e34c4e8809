using Graph.Model;
using Graph.Ingestion;

namespace Graph.Server.Api;

/// <summary>What the resolvers of one request use: the store, the ingestion service, and who is asking.</summary>
public sealed class GraphRequestContext(IGraphStore store, IngestionPipeline ingestion, Action onWrite)
{
    public IGraphStore Store { get; } = store;

    public IngestionPipeline Ingestion { get; } = ingestion;

    /// <summary>Called after every successful write (drops cached query results).</summary>
    public void Written() => onWrite();
}
