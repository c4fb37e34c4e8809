using Graph.Ingestion.Lexicon;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>How a mention names its entity.</summary>
public enum MentionForm
{
    Name,
    Acronym,
    /// <summary>"Armenian" for Armenia.</summary>
    Demonym,
    /// <summary>"Armenians" for Armenia's people.</summary>
    People,
    /// <summary>A seat of government standing for its state: "Baku accuses…".</summary>
    Metonym,
    /// <summary>A description by office: "the Armenian Prime Minister".</summary>
    Descriptor,
    /// <summary>A pronoun resolved to an entity ("he").</summary>
    Pronoun,
}

/// <summary>An office stated with a person: title, modifiers ("acting"), and the state or organization it belongs to.</summary>
public sealed class OfficeInfo
{
    public required TitleEntry Title { get; init; }
    /// <summary>The role as it should be recorded: "acting Prime Minister", "Assistant Secretary of State for European and Eurasian Affairs".</summary>
    public required string Role { get; init; }
    public DocEntity? Holder { get; set; }
    /// <summary>True when the holder came from the context, not from the phrase itself.</summary>
    public bool HolderInferred { get; set; }
    public int TitleTokenStart { get; init; }
    public int TitleTokenEnd { get; init; }
}

/// <summary>One mention of an entity in one sentence.</summary>
public sealed class Mention
{
    public int Sentence;
    public int TokenStart;
    public int TokenEnd;
    public int Start;
    public int End;
    public DocEntity? Entity;
    public MentionForm Form;
    public required string Rule;
    public double Confidence;
    /// <summary>Inside a larger mention (the "Armenian" of "Armenian Prime Minister Nikol Pashinyan").</summary>
    public bool Inner;
    /// <summary>The larger mention an inner mention sits in.</summary>
    public Mention? Outer;
    /// <summary>The surface is not a name of the entity ("Lachin districts", the "Azerbaijani" of "Azerbaijani and Armenian forces").</summary>
    public bool NoAlias;
    /// <summary>The office given with a person's name, or the office a descriptor names.</summary>
    public OfficeInfo? Office;
    /// <summary>For descriptors of several people ("the deputy prime ministers of Azerbaijan, Russia, and Armenia"): the states named.</summary>
    public List<DocEntity>? Group;
    /// <summary>The mention stands for an actor (state, organization, person), not a place.</summary>
    public bool IsActor => Entity is { Kind: NodeKind.State or NodeKind.Organization or NodeKind.Person } || Form == MentionForm.Descriptor;

    public int TokenCount => TokenEnd - TokenStart;
    public bool Contains(Mention other) => other != this && TokenStart <= other.TokenStart && other.TokenEnd <= TokenEnd;

    public override string ToString() => $"{Entity?.Key ?? "?"}[{TokenStart},{TokenEnd}) {Form} {Rule}";
}
