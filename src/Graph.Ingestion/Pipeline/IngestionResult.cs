using Graph.Model;

namespace Graph.Ingestion;

/// <summary>What ingesting one document did: the store's account of the write, warnings for a person to read, and
/// the extraction itself (null when the content was already in the graph and nothing was extracted).</summary>
public sealed record IngestionResult(
    ApplyResult Apply,
    IReadOnlyList<string> Warnings,
    ExtractionResult? Extraction);
