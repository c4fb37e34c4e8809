using Graph.Ingestion.Lexicon;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>An entity of one document: all its mentions and names.</summary>
public sealed class DocEntity
{
    public required string Key { get; init; }
    public required NodeKind Kind { get; init; }
    public string Name { get; set; } = "";
    public List<string> Aliases { get; } = [];
    public string? Subtype { get; set; }
    public bool Discovered { get; init; }
    public double Confidence { get; set; }
    public LexEntity? Lexicon { get; init; }
    public List<Mention> Mentions { get; } = [];
    /// <summary>For organizations named after a state ("Ministry of Foreign Affairs of Azerbaijan") or discovered places in a state.</summary>
    public DocEntity? PartOf { get; set; }
    /// <summary>Offices stated for a person in this document.</summary>
    public List<OfficeInfo> Offices { get; } = [];

    public void AddAlias(string alias)
    {
        alias = alias.Trim();
        if (alias.Length == 0 || alias == Name) return;
        foreach (var a in Aliases) if (string.Equals(a, alias, StringComparison.Ordinal)) return;
        Aliases.Add(alias);
    }

    public override string ToString() => Key;
}

/// <summary>The entities of one document, by key, plus the single-word aliases (surnames, acronyms) found so far.</summary>
public sealed class EntityRegistry
{
    private readonly Dictionary<string, DocEntity> _byKey = new(StringComparer.Ordinal);
    private readonly List<DocEntity> _ordered = [];

    public IReadOnlyList<DocEntity> All => _ordered;

    /// <summary>Single-token names found in the document that point at an entity ("Pashinyan", "ANAMA"), by exact text.</summary>
    public Dictionary<string, DocEntity> ShortNames { get; } = new(StringComparer.Ordinal);

    public DocEntity? Find(string key) => _byKey.GetValueOrDefault(key);

    public DocEntity FromLexicon(LexEntity lex)
    {
        if (_byKey.TryGetValue(lex.Id, out var e)) return e;
        e = new DocEntity { Key = lex.Id, Kind = lex.Kind, Name = lex.Name, Subtype = lex.Subtype, Discovered = false, Confidence = 0.95, Lexicon = lex };
        // The same as AddAlias for each lexicon alias in turn, worked out once per lexicon entity.
        e.Aliases.AddRange(lex.DistinctAliases());
        Add(e);
        return e;
    }

    public DocEntity Discovered(NodeKind kind, string name, string? subtype, double confidence, string? key = null)
    {
        key ??= FactIds.ForNode(kind, name);
        if (_byKey.TryGetValue(key, out var e))
        {
            if (confidence > e.Confidence) e.Confidence = confidence;
            if (!string.Equals(e.Name, name, StringComparison.Ordinal)) e.AddAlias(name);
            return e;
        }
        e = new DocEntity { Key = key, Kind = kind, Name = name, Subtype = subtype, Discovered = true, Confidence = confidence };
        Add(e);
        return e;
    }

    private void Add(DocEntity e)
    {
        _byKey[e.Key] = e;
        _ordered.Add(e);
    }

    /// <summary>Removes an entity left without mentions (e.g. a candidate absorbed by a longer name).</summary>
    public void RemoveIfUnused(DocEntity e)
    {
        if (e.Mentions.Count > 0) return;
        _byKey.Remove(e.Key);
        _ordered.Remove(e);
    }
}
