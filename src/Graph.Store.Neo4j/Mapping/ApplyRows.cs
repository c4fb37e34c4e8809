using Graph.Model;

namespace Graph.Store.Neo4j.Mapping;

/// <summary>
/// The UNWIND rows of one document's facts, built in the order the facts come, with the same created/merged
/// decisions as the SQLite store: an id not yet in the graph (nor earlier in this document) is created, else merged.
/// Names, quantities and evidence get their seq numbers once the block of values is reserved.
/// </summary>
internal sealed class ApplyRows(string documentId)
{
    private readonly List<Dictionary<string, object?>> _numbered = [];
    private readonly Dictionary<RelationType, List<Dictionary<string, object?>>> _relations = [];

    public List<Dictionary<string, object?>> Entities { get; } = [];
    public List<Dictionary<string, object?>> Events { get; } = [];
    public List<Dictionary<string, object?>> Names { get; } = [];
    public List<Dictionary<string, object?>> Quantities { get; } = [];
    public List<Dictionary<string, object?>> Evidence { get; } = [];

    public int EntitiesCreated { get; private set; }
    public int EntitiesMerged { get; private set; }
    public int EventsCreated { get; private set; }
    public int EventsMerged { get; private set; }
    public int RelationsCreated { get; private set; }
    public int RelationsMerged { get; private set; }

    public long DocumentSeq { get; private set; }

    /// <summary>Seq values needed: one for the document and one per name, quantity and piece of evidence.</summary>
    public int SeqNeeded => 1 + _numbered.Count;

    public IEnumerable<(RelationType Type, List<Dictionary<string, object?>> Rows)> RelationsByType =>
        _relations.OrderBy(x => x.Key).Select(x => (x.Key, x.Value));

    /// <param name="canonical">Canonical names of the nodes known so far (the graph's, then this document's new ones).</param>
    public void AddEntity(EntityFact e, string id, Dictionary<string, string> canonical)
    {
        Entities.Add(new()
        {
            ["id"] = id, ["kind"] = e.Kind.ToString(), ["name"] = e.Name, ["subtype"] = e.Subtype,
            ["discovered"] = e.Discovered, ["confidence"] = e.Confidence,
        });
        if (canonical.TryGetValue(id, out var name))
        {
            EntitiesMerged++;
            if (e.Name != name) AddName(id, e.Name, alias: true, documentId);
        }
        else
        {
            name = e.Name;
            canonical[id] = name;
            AddName(id, e.Name, alias: false, "");
            EntitiesCreated++;
        }
        foreach (var alias in e.Aliases)
        {
            if (alias != name) AddName(id, alias, alias: true, documentId);
        }
        AddEvidence(id, e.Evidence);
    }

    public void AddEvent(EventFact e, string id, Dictionary<string, string> canonical)
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = id, ["type"] = e.Type.ToString(), ["name"] = e.Name, ["summary"] = e.Summary, ["confidence"] = e.Confidence,
        };
        GraphValues.AddTime(row, "time", e.Time);
        Events.Add(row);
        if (canonical.ContainsKey(id))
        {
            EventsMerged++;
        }
        else
        {
            canonical[id] = e.Name;
            AddName(id, e.Name, alias: false, "");
            EventsCreated++;
        }
        foreach (var q in e.Quantities)
        {
            Number(Quantities, new()
            {
                ["eventId"] = id, ["documentId"] = documentId, ["value"] = q.Value, ["counted"] = q.Counted,
                ["approximate"] = q.Approximate, ["text"] = q.Text, ["claimedBy"] = q.ClaimedBy,
            });
        }
        AddEvidence(id, e.Evidence);
    }

    public void AddRelation(RelationFact fact, string id, string from, string to, bool created)
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = id, ["from"] = from, ["to"] = to, ["role"] = fact.Role, ["confidence"] = fact.Confidence,
        };
        GraphValues.AddTime(row, "time", fact.Time);
        if (!_relations.TryGetValue(fact.Type, out var list)) _relations[fact.Type] = list = [];
        list.Add(row);
        if (created) RelationsCreated++;
        else RelationsMerged++;
        AddEvidence(id, fact.Evidence);
    }

    /// <summary>Gives the document the first value of the reserved block and every numbered row the next ones, in order.</summary>
    public void NumberFrom(long first)
    {
        DocumentSeq = first;
        for (var i = 0; i < _numbered.Count; i++) _numbered[i]["seq"] = first + 1 + i;
    }

    private void AddName(string nodeId, string name, bool alias, string nameDocumentId) =>
        Number(Names, new()
        {
            ["nodeId"] = nodeId, ["name"] = name, ["key"] = NameKey.Normalize(name), ["alias"] = alias, ["documentId"] = nameDocumentId,
        });

    private void AddEvidence(string factId, IReadOnlyList<Evidence> evidence)
    {
        foreach (var e in evidence)
        {
            Number(Evidence, new()
            {
                ["factId"] = factId, ["documentId"] = e.DocumentId, ["sentenceIndex"] = e.SentenceIndex, ["start"] = e.Start,
                ["end"] = e.End, ["sentence"] = e.Sentence, ["rule"] = e.Rule, ["confidence"] = e.Confidence,
            });
        }
    }

    private void Number(List<Dictionary<string, object?>> list, Dictionary<string, object?> row)
    {
        row["seq"] = 0L;
        list.Add(row);
        _numbered.Add(row);
    }
}
