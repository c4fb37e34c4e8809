using Graph.Model;

namespace Graph.Store.Tests.Contract;

/// <summary>
/// Builds one document's facts by hand. Each fact gets one piece of evidence located where its name (or, for
/// relations, the target's name) first occurs in the text, with the sentence that holds it.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly List<EntityFact> _entities = [];
    private readonly List<EventFact> _events = [];
    private readonly List<RelationFact> _relations = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public DocumentBuilder(string slug, string text, string? title = null)
    {
        Text = text;
        Document = new DocumentRecord("doc:" + slug, FactIds.ContentHash(text), title ?? "Document " + slug, "Test Publisher", null,
            TimeRange.Day(new DateOnly(2021, 6, 14)), "https://example.org/" + slug, "seeds/" + slug + ".txt",
            new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), text.Length);
    }

    public string Text { get; }

    public DocumentRecord Document { get; private set; }

    public string Id => Document.Id;

    public DocumentBuilder IngestedAt(DateTimeOffset at)
    {
        Document = Document with { IngestedAt = at };
        return this;
    }

    public DocumentBuilder Entity(string id, string name, params string[] aliases) =>
        Entity(id, name, aliases, subtype: null);

    public DocumentBuilder Entity(string id, string name, IReadOnlyList<string> aliases, string? subtype, bool discovered = false, double confidence = 0.9)
    {
        FactIds.TryGetKind(id, out var kind);
        _names[id] = name;
        _entities.Add(new EntityFact(id, kind, name, aliases, subtype, discovered, confidence, [EvidenceFor(name, "entity-rule")]));
        return this;
    }

    public DocumentBuilder Add(EntityFact fact)
    {
        _entities.Add(fact);
        return this;
    }

    public DocumentBuilder Event(string id, EventType type, string name, TimeRange? time = null,
        IReadOnlyList<Quantity>? quantities = null, string? summary = null, string? cue = null, double confidence = 0.8)
    {
        _names[id] = name;
        _events.Add(new EventFact(id, type, name, time, quantities ?? [], summary, confidence, [EvidenceFor(cue ?? name, "event-rule")]));
        return this;
    }

    public DocumentBuilder Add(EventFact fact)
    {
        _events.Add(fact);
        return this;
    }

    public DocumentBuilder Relation(RelationType type, string from, string to, string? role = null, TimeRange? time = null, double confidence = 0.7)
    {
        var cue = _names.GetValueOrDefault(to) ?? _names.GetValueOrDefault(from) ?? "";
        _relations.Add(new RelationFact(type, from, to, role, time, confidence, [EvidenceFor(cue, "relation-rule")]));
        return this;
    }

    public DocumentBuilder Add(RelationFact fact)
    {
        _relations.Add(fact);
        return this;
    }

    public DocumentFacts Build() => new(Document, Text, _entities.ToList(), _events.ToList(), _relations.ToList());

    /// <summary>Evidence pointing at the first occurrence of <paramref name="cue"/> (or the first sentence when absent).</summary>
    public Evidence EvidenceFor(string cue, string rule, double confidence = 0.9)
    {
        var start = cue.Length == 0 ? -1 : Text.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
        var end = start < 0 ? Math.Min(Text.Length, 1) : start + cue.Length;
        if (start < 0) start = 0;
        var (index, sentence) = SentenceAt(start);
        return new Evidence(Document.Id, index, start, end, sentence, rule, confidence);
    }

    private (int Index, string Sentence) SentenceAt(int position)
    {
        var index = 0;
        var sentenceStart = 0;
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] != '.' || (i + 1 < Text.Length && Text[i + 1] != ' ')) continue;
            if (position <= i) return (index, Text[sentenceStart..(i + 1)].Trim());
            index++;
            sentenceStart = i + 1;
        }
        var rest = Text[sentenceStart..].Trim();
        return (index, rest.Length == 0 ? Text.Trim() : rest);
    }
}
