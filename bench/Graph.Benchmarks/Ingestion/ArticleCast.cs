using Graph.Ingestion.Lexicon;
using Graph.Model;

namespace Graph.Benchmarks.Ingestion;

/// <summary>A recurring invented person: the same name, office and affiliation in every article that mentions them.</summary>
public sealed record CastPerson(string Given, string Family, LexEntity Affiliation, string Title)
{
    public string FullName => Given + " " + Family;
}

/// <summary>
/// Who can appear in the synthetic articles: the states, organizations and places of the lexicon (read through
/// <see cref="Lexicon.Entities"/>) and a fixed pool of invented officials attached to them. Built once per seed;
/// the same seed gives the same cast.
/// </summary>
public sealed class ArticleCast
{
    private static readonly string[] StateTitles =
    [
        "President", "Prime Minister", "Foreign Minister", "Defense Minister", "Deputy Prime Minister", "Deputy Foreign Minister",
        "Ambassador", "Special Envoy", "Ombudsman", "Speaker of Parliament", "Chief of the General Staff", "National Security Adviser",
        "Interior Minister",
    ];

    private static readonly string[] OrganizationTitles = ["Secretary-General", "Special Representative", "Special Envoy", "spokesperson", "Chairman"];

    /// <summary>Pairs of states that the articles most often set against each other, when the lexicon knows both.</summary>
    private static readonly (string, string)[] RivalNames =
    [
        ("Armenia", "Azerbaijan"), ("Russia", "Ukraine"), ("Israel", "Palestine"), ("Georgia", "Russia"), ("Sudan", "South Sudan"),
        ("Ethiopia", "Eritrea"), ("India", "Pakistan"), ("Serbia", "Kosovo"), ("Yemen", "Saudi Arabia"), ("Kyrgyzstan", "Tajikistan"),
    ];

    private readonly Dictionary<LexEntity, List<CastPerson>> _peopleOf = [];

    public ArticleCast(Lexicon lexicon, int seed)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var all = lexicon.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        States = all.Where(e => e.Kind == NodeKind.State && e.Demonym is not null).ToList();
        var organizations = all.Where(e => e.Kind == NodeKind.Organization).ToList();
        Media = organizations.Where(o => o.Subtype == "media").ToList();
        Mediators = organizations.Where(o => o.Subtype is "intergovernmental" or "humanitarian" or "mediation group").ToList();
        Humanitarian = organizations.Where(o => o.Subtype is "humanitarian" or "NGO").ToList();
        Cities = all.Where(e => e.Kind == NodeKind.Place && e.Subtype == "city").ToList();
        Regions = all.Where(e => e.Kind == NodeKind.Place && e.Subtype is "region" or "district" or "province" or "corridor" or "town").ToList();
        if (States.Count < 4 || Mediators.Count < 2 || Media.Count < 2 || Cities.Count < 2 || Regions.Count < 2)
            throw new InvalidOperationException("The lexicon is too small to build a synthetic corpus (need states with demonyms, mediating organizations, media, cities and regions).");

        var byName = States.ToDictionary(s => s.Name, StringComparer.Ordinal);
        Rivals = RivalNames
            .Where(p => byName.ContainsKey(p.Item1) && byName.ContainsKey(p.Item2))
            .Select(p => (byName[p.Item1], byName[p.Item2]))
            .ToList();

        var r = new Random(seed);
        var focus = Rivals.SelectMany(p => new[] { p.Item1, p.Item2 }).ToHashSet();
        foreach (var state in States)
        {
            var count = focus.Contains(state) ? 16 : 4;
            for (var i = 0; i < count; i++) Add(new CastPerson(InventedNames.Given(r), InventedNames.Family(r, state.Name), state, StateTitles[(i + r.Next(3)) % StateTitles.Length]));
        }
        foreach (var org in Mediators.Concat(Humanitarian))
        {
            for (var i = 0; i < 3; i++) Add(new CastPerson(InventedNames.Given(r), InventedNames.Family(r, ""), org, OrganizationTitles[(i + r.Next(2)) % OrganizationTitles.Length]));
        }
        People = _peopleOf.Values.SelectMany(p => p).ToList();
    }

    public IReadOnlyList<LexEntity> States { get; }
    public IReadOnlyList<(LexEntity, LexEntity)> Rivals { get; }
    public IReadOnlyList<LexEntity> Mediators { get; }
    public IReadOnlyList<LexEntity> Humanitarian { get; }
    public IReadOnlyList<LexEntity> Media { get; }
    public IReadOnlyList<LexEntity> Cities { get; }
    public IReadOnlyList<LexEntity> Regions { get; }
    public IReadOnlyList<CastPerson> People { get; }

    /// <summary>The officials of a state or organization (never empty for the states and mediators of the cast).</summary>
    public IReadOnlyList<CastPerson> PeopleOf(LexEntity affiliation) => _peopleOf.TryGetValue(affiliation, out var list) ? list : [];

    private void Add(CastPerson p)
    {
        if (!_peopleOf.TryGetValue(p.Affiliation, out var list)) _peopleOf[p.Affiliation] = list = [];
        list.Add(p);
    }
}
