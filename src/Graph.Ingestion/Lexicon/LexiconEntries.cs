using Graph.Model;

namespace Graph.Ingestion.Lexicon;

/// <summary>An entity the lexicon knows: a state, organization or place, with its proposed node id.</summary>
public sealed class LexEntity
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required NodeKind Kind { get; init; }
    public string? Subtype { get; set; }
    public List<string> Aliases { get; } = [];
    /// <summary>For a seat of government or a building such as the Kremlin: the state it stands for as an actor.</summary>
    public LexEntity? StandsFor { get; set; }
    /// <summary>For a state: its adjective ("Armenian"), used to name its institutions.</summary>
    public string? Demonym { get; set; }

    /// <summary>Aliases trimmed, without blanks, the name itself or repeats, in order; remade when <see cref="Aliases"/> grows.</summary>
    /// <remarks>One object published by a single reference write, so threads reading documents at once see all of it or none.</remarks>
    private AliasCache? _distinctAliases;

    private sealed record AliasCache(int Count, string[] Aliases);

    /// <summary>
    /// The aliases a document entity for this lexicon entity starts with: each alias trimmed, dropping empty ones,
    /// ones equal to the name and repeats (ordinal), in order.
    /// </summary>
    internal string[] DistinctAliases()
    {
        var cached = _distinctAliases;
        if (cached is not null && cached.Count == Aliases.Count) return cached.Aliases;
        var result = new List<string>(Aliases.Count);
        foreach (var raw in Aliases)
        {
            var alias = raw.Trim();
            if (alias.Length == 0 || alias == Name || result.Contains(alias, StringComparer.Ordinal)) continue;
            result.Add(alias);
        }
        var made = result.ToArray();
        _distinctAliases = new AliasCache(Aliases.Count, made);
        return made;
    }

    public override string ToString() => Id;
}

/// <summary>How a name refers to its entity.</summary>
public enum NameForm
{
    Name,
    Acronym,
    /// <summary>An adjective of nationality: "Armenian" for Armenia.</summary>
    Demonym,
    /// <summary>The people: "Armenians".</summary>
    People,
}

/// <summary>One written form of a lexicon entity, with the case it must have in text.</summary>
public sealed class NameEntry
{
    public required LexEntity Entity { get; init; }
    public required NameForm Form { get; init; }
    public required string Surface { get; init; }
    /// <summary>Per token: 0 any case, 1 must start with a capital, 2 must match exactly (acronyms).</summary>
    public required byte[] CaseRule { get; init; }
    public required string[] SurfaceTokens { get; init; }
}

public sealed class TitleEntry
{
    public required string Name { get; init; }
    public required string Class { get; init; }
    public bool HolderIsOrganization { get; init; }
    public bool Plural { get; init; }
}

public sealed class InstitutionEntry
{
    public required string Name { get; init; }
    public string? Subtype { get; init; }
    public bool StandsForState { get; init; }
}

/// <summary>What an event cue needs among its arguments to count.</summary>
public enum CueNeed
{
    None,
    Captives,
    Remains,
    Maps,
    /// <summary>Mines and unexploded ordnance (demining).</summary>
    Mines,
    /// <summary>Equipment, aid or money.</summary>
    Goods,
    Territory,
    Forces,
    Organization,
    Addressee,
    /// <summary>A time expression or a proper name ("the Second Karabakh War").</summary>
    Time,
}

public enum PhraseKind
{
    EventVerb,
    EventNoun,
    RoleBy,
    RoleAgent,
    RoleHyphen,
    RoleBefore,
    Argument,
    Irrealis,
    Negation,
    Commitment,
    Background,
    TitleModifier,
    PersonNoun,
    Announce,
    /// <summary>"broke out", "erupted": dates the event noun before it.</summary>
    LightVerb,
    /// <summary>"started", "took part in": its subject acts in the event noun after it.</summary>
    SupportVerb,
}

/// <summary>A phrase of the vocabulary: an event cue, a role cue, an argument noun or a marker.</summary>
public sealed class PhraseEntry
{
    public required PhraseKind Kind { get; init; }
    public EventType EventType { get; init; }
    public CueNeed Needs { get; init; }
    public RelationType Role { get; init; }
    /// <summary>For arguments: the class the noun belongs to.</summary>
    public CueNeed ArgumentClass { get; init; }
    public required string Text { get; init; }

    public override string ToString() => $"{Kind}:{Text}";
}
