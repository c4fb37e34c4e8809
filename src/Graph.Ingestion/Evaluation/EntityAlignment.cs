namespace Graph.Ingestion.Evaluation;

/// <summary>
/// Which predicted entity each gold entity of a document was matched to. References from roles, offices, relations
/// and claims are resolved through it: a gold entity that was matched is only the predicted entity it was matched
/// to; one that was not matched is any predicted entity of the same kind sharing one of its names.
/// </summary>
internal sealed class EntityAlignment(GoldDocument gold, SnapshotIndex index, IReadOnlyDictionary<string, string> predictedOf)
{
    public bool Refers(string goldName, string? predictedId)
    {
        if (predictedId is null) return false;
        if (predictedOf.TryGetValue(goldName, out var aligned)) return aligned == predictedId;
        var entity = gold.Entity(goldName);
        return index.Entities.TryGetValue(predictedId, out var predicted)
            && predicted.Kind == entity.Kind
            && index.KeysOf(predictedId).Overlaps(entity.Keys);
    }
}
