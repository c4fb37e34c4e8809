using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>Look-ups over an exported graph: nodes by id, the documents each fact has evidence in, relations by source.</summary>
internal sealed class SnapshotIndex
{
    private readonly Dictionary<string, HashSet<string>> _documentsOfFact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlySet<string>> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string FactId, string DocumentId), List<string>> _sentences = [];

    public SnapshotIndex(GraphSnapshot snapshot)
    {
        Snapshot = snapshot;
        Entities = snapshot.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Events = snapshot.Events.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var evidence in snapshot.Evidence)
        {
            if (evidence.FactId is null) continue;
            if (!_documentsOfFact.TryGetValue(evidence.FactId, out var docs))
                _documentsOfFact[evidence.FactId] = docs = new HashSet<string>(StringComparer.Ordinal);
            docs.Add(evidence.DocumentId);
            if (!_sentences.TryGetValue((evidence.FactId, evidence.DocumentId), out var sentences))
                _sentences[(evidence.FactId, evidence.DocumentId)] = sentences = [];
            if (!string.IsNullOrEmpty(evidence.Sentence)) sentences.Add(evidence.Sentence);
        }
    }

    public GraphSnapshot Snapshot { get; }

    public IReadOnlyDictionary<string, Entity> Entities { get; }

    public IReadOnlyDictionary<string, Event> Events { get; }

    /// <summary>True when the fact has at least one piece of evidence in the document.</summary>
    public bool HasEvidenceIn(string factId, string documentId) =>
        _documentsOfFact.TryGetValue(factId, out var docs) && docs.Contains(documentId);

    /// <summary>The sentences a fact's evidence in one document cites.</summary>
    public IReadOnlyList<string> SentencesOf(string factId, string documentId) =>
        _sentences.TryGetValue((factId, documentId), out var sentences) ? sentences : [];

    /// <summary>The documents a fact has evidence in.</summary>
    public IReadOnlySet<string> DocumentsOf(string factId) =>
        _documentsOfFact.TryGetValue(factId, out var docs) ? docs : new HashSet<string>();

    /// <summary>The normalized names of a predicted entity (empty for unknown ids).</summary>
    public IReadOnlySet<string> KeysOf(string entityId)
    {
        if (_keys.TryGetValue(entityId, out var keys)) return keys;
        keys = Entities.TryGetValue(entityId, out var entity) ? NameKeys.Of(entity) : new HashSet<string>();
        _keys[entityId] = keys;
        return keys;
    }

    /// <summary>
    /// The predicted document a gold file annotates: the one whose source path ends with the file name, else the one
    /// whose title equals the gold title (names compared through <see cref="NameKey.Normalize"/>).
    /// </summary>
    public DocumentRecord? FindDocument(GoldDocument gold)
    {
        var byPath = Snapshot.Documents.FirstOrDefault(d =>
            d.SourcePath is { Length: > 0 } path && string.Equals(Path.GetFileName(path.Replace('\\', '/')), gold.File, StringComparison.Ordinal));
        if (byPath is not null) return byPath;
        var title = NameKey.Normalize(gold.Title);
        return Snapshot.Documents.FirstOrDefault(d => NameKey.Normalize(d.Title) == title);
    }

    /// <summary>What the prediction says in one document: the facts with evidence in it.</summary>
    public PredictedDocument ViewOf(string? documentId)
    {
        if (documentId is null) return PredictedDocument.Empty;
        var entities = Snapshot.Entities.Where(e => HasEvidenceIn(e.Id, documentId)).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var relations = Snapshot.Relations.Where(r => HasEvidenceIn(r.Id, documentId)).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var roles = relations.Where(r => r.Type.IsEventRole() && Events.ContainsKey(r.From)).ToArray();
        var eventIds = new HashSet<string>(Snapshot.Events.Where(e => HasEvidenceIn(e.Id, documentId)).Select(e => e.Id), StringComparer.Ordinal);
        eventIds.UnionWith(roles.Select(r => r.From));
        var events = eventIds.Order(StringComparer.Ordinal).Select(id => Events[id]).ToArray();
        return new PredictedDocument(
            documentId,
            entities,
            events,
            roles.ToLookup(r => r.From, StringComparer.Ordinal),
            relations.Where(r => r.Type == RelationType.HoldsOffice).ToArray(),
            relations.Where(r => StructuralRelations.IsStructural(r.Type)).ToArray());
    }
}

/// <summary>The predicted facts that have evidence in one document.</summary>
internal sealed record PredictedDocument(
    string? DocumentId,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Event> Events,
    ILookup<string, Relation> RolesByEvent,
    IReadOnlyList<Relation> Offices,
    IReadOnlyList<Relation> Structural)
{
    public static readonly PredictedDocument Empty = new(null, [], [], Array.Empty<Relation>().ToLookup(r => r.From), [], []);
}
