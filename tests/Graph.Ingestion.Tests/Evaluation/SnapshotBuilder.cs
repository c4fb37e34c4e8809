using Graph.Model;

namespace Graph.Ingestion.Tests.Evaluation;

/// <summary>Builds tiny predicted graphs by hand for the scorer's tests: every fact gets evidence in the documents named.</summary>
internal sealed class SnapshotBuilder
{
    private readonly List<DocumentRecord> _documents = [];
    private readonly Dictionary<string, Entity> _entities = [];
    private readonly Dictionary<string, Event> _events = [];
    private readonly Dictionary<string, Relation> _relations = [];
    private readonly List<Evidence> _evidence = [];

    /// <summary>Adds a document whose source path ends with the file name (or none, to be found by title).</summary>
    public string Document(string file, string title, bool withPath = true)
    {
        var id = FactIds.ForDocument(file);
        _documents.Add(new DocumentRecord(id, "hash-" + file, title, null, null, null, null,
            withPath ? "seeds/" + file : null, DateTimeOffset.UnixEpoch, 100));
        return id;
    }

    public string Entity(string documentId, NodeKind kind, string name, params string[] aliases)
    {
        var id = FactIds.ForNode(kind, name);
        _entities.TryAdd(id, new Entity(id, kind, name, aliases, null, false, 1));
        Cite(id, documentId);
        return id;
    }

    /// <summary>The sentence the next facts' evidence cites (default "s").</summary>
    public string Sentence { get; set; } = "s";

    public string Event(string documentId, string slug, EventType type, TimeRange? time, params Quantity[] quantities)
    {
        var id = "event:" + slug;
        if (_events.TryGetValue(id, out var existing))
            _events[id] = existing with { Quantities = existing.Quantities.Concat(quantities).ToArray() };
        else
            _events[id] = new Event(id, type, slug, time, quantities, null, 1);
        Cite(id, documentId);
        return id;
    }

    public string Relation(string documentId, RelationType type, string from, string to, string? role = null, TimeRange? time = null)
    {
        var id = FactIds.Relation(type, from, to, role);
        _relations.TryAdd(id, new Relation(id, type, from, to, role, time, 1));
        Cite(id, documentId);
        return id;
    }

    public GraphSnapshot Build() =>
        new(_documents, _entities.Values.ToArray(), _events.Values.ToArray(), _relations.Values.ToArray(), _evidence, []);

    private void Cite(string factId, string documentId) =>
        _evidence.Add(new Evidence(documentId, 0, 0, 1, Sentence, "test", 1) { FactId = factId });
}
