namespace Graph.Ingestion.Evaluation;

/// <summary>
/// The hand-made annotation of one seed document: the file it annotates (its name is its identity), its title, and
/// the entities, offices, events and structural relations a careful analyst reads in it.
/// </summary>
public sealed record GoldDocument(
    string File,
    string Title,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldOffice> Offices,
    IReadOnlyList<GoldEvent> Events,
    IReadOnlyList<GoldRelation> Relations)
{
    private readonly Dictionary<string, GoldEntity> _byName = Entities.ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>The entity with this canonical name; the loader guarantees every reference resolves.</summary>
    public GoldEntity Entity(string name) =>
        _byName.TryGetValue(name, out var e) ? e : throw new KeyNotFoundException($"{File}: no entity named '{name}'.");
}
