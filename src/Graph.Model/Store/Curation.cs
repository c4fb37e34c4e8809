namespace Graph.Model;

/// <summary>Who asks for a curation and why.</summary>
public sealed record Curation(string Actor, string Reason);

public enum CurationAction
{
    MergeNodes,
    AddAlias,
    RetractFact,
}

/// <summary>
/// A recorded curation. Curations outlive re-ingestion: a merged id keeps redirecting to its survivor, an added
/// alias stays, and a retracted fact stays hidden even when a document states it again.
/// </summary>
public sealed record CurationRecord(
    long Sequence,
    CurationAction Action,
    string TargetId,
    string? OtherId,
    string? Value,
    string Actor,
    string Reason,
    DateTimeOffset At);
