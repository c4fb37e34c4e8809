namespace Graph.Ingestion.Lexicon;

// The shape of seeds/lexicon.yaml as written by people. LexiconCompiler turns it into lookup structures.

public sealed class LexiconData
{
    public int Version { get; set; }
    public List<string> Abbreviations { get; set; } = [];
    public List<StateData> States { get; set; } = [];
    public List<NamedData> Organizations { get; set; } = [];
    public List<NamedData> Places { get; set; } = [];
    public List<TitleData> Titles { get; set; } = [];
    public List<string> TitleModifiers { get; set; } = [];
    public List<InstitutionData> Institutions { get; set; } = [];
    public List<string> OrganizationHeads { get; set; } = [];
    public List<string> PlaceHeads { get; set; } = [];
    public Dictionary<string, string> PlaceNouns { get; set; } = [];
    public List<string> PersonNouns { get; set; } = [];
    public List<EventCueData> Events { get; set; } = [];
    public List<string> AnnounceVerbs { get; set; } = [];
    public Dictionary<string, List<string>> Arguments { get; set; } = [];
    public List<RoleCueData> Roles { get; set; } = [];
    public List<string> Irrealis { get; set; } = [];
    public List<string> Negations { get; set; } = [];
    public List<string> Commitments { get; set; } = [];
    public List<string> Background { get; set; } = [];
    public List<string> LightVerbs { get; set; } = [];
    public List<string> SupportVerbs { get; set; } = [];
}

public class NamedData
{
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public List<string> Demonyms { get; set; } = [];
    public string? Subtype { get; set; }
    public string? StandsFor { get; set; }
}

public sealed class StateData : NamedData
{
    public List<string> People { get; set; } = [];
    public List<string> Seats { get; set; } = [];
}

public sealed class TitleData
{
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string? Class { get; set; }
    public string? Holder { get; set; }
}

public sealed class InstitutionData
{
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string? Subtype { get; set; }
    public bool StandsForState { get; set; }
}

public sealed class EventCueData
{
    public string Type { get; set; } = "";
    public string? Needs { get; set; }
    public List<string> Verbs { get; set; } = [];
    public List<string> Nouns { get; set; } = [];
}

public sealed class RoleCueData
{
    public string Role { get; set; } = "";
    public List<string> By { get; set; } = [];
    public List<string> Agent { get; set; } = [];
    public List<string> Hyphen { get; set; } = [];
    public List<string> Before { get; set; } = [];
}
