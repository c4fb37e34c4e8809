using Graph.Ingestion.Lexicon;

namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// The actors of one article (two sides, a mediator, a broker, a region, a host city, a village, officials of each)
/// and the ways to refer to them: a person is introduced with title and full name, then named by family name; a
/// state is named, or referred to by its government, its capital or its long form; an organization by name or acronym.
/// </summary>
public sealed class ArticleScene
{
    private readonly ArticleCast _cast;
    private readonly HashSet<CastPerson> _introduced = [];
    private readonly HashSet<Func<ArticleScene, string>> _used = [];

    public ArticleScene(ArticleCast cast, Random r, DateOnly anchor)
    {
        _cast = cast;
        R = r;
        Anchor = anchor;
        if (r.Next(10) < 7)
        {
            var pair = cast.Rivals[r.Next(cast.Rivals.Count)];
            (SideA, SideB) = r.Next(2) == 0 ? pair : (pair.Item2, pair.Item1);
        }
        else
        {
            SideA = cast.States[r.Next(cast.States.Count)];
            do SideB = cast.States[r.Next(cast.States.Count)]; while (SideB == SideA);
        }
        do ThirdState = cast.States[r.Next(cast.States.Count)]; while (ThirdState == SideA || ThirdState == SideB);
        Mediator = cast.Mediators[r.Next(cast.Mediators.Count)];
        Humanitarian = cast.Humanitarian[r.Next(cast.Humanitarian.Count)];
        Region = cast.Regions[r.Next(cast.Regions.Count)];
        HostCity = cast.Cities[r.Next(cast.Cities.Count)];
        Village = InventedNames.Village(r);
        Agency = cast.Media[r.Next(cast.Media.Count)];
    }

    public Random R { get; }
    public DateOnly Anchor { get; }
    public LexEntity SideA { get; }
    public LexEntity SideB { get; }
    public LexEntity ThirdState { get; }
    public LexEntity Mediator { get; }
    public LexEntity Humanitarian { get; }
    public LexEntity Region { get; }
    public LexEntity HostCity { get; }
    public LexEntity Agency { get; }
    public string Village { get; }

    public T Pick<T>(IReadOnlyList<T> items) => items[R.Next(items.Count)];

    /// <summary>A sentence from one of the builders not yet used in this article (any of them once all are used).</summary>
    public string Say(IReadOnlyList<Func<ArticleScene, string>> builders)
    {
        var start = R.Next(builders.Count);
        for (var k = 0; k < builders.Count; k++)
        {
            var builder = builders[(start + k) % builders.Count];
            if (_used.Add(builder)) return builder(this);
        }
        return builders[start](this);
    }

    public string Demonym(LexEntity state) => state.Demonym ?? state.Name;

    /// <summary>A state as an actor: its name mostly, else its long form, its government or its capital.</summary>
    public string State(LexEntity state)
    {
        var roll = R.Next(12);
        if (roll == 0)
        {
            var longForm = state.Aliases.FirstOrDefault(a => a.Contains(' ') && a.Length > state.Name.Length);
            if (longForm is not null) return (longForm.StartsWith("the ", StringComparison.Ordinal) ? "" : "the ") + longForm;
        }
        if (roll == 1) return "the " + Demonym(state) + " government";
        if (roll == 2)
        {
            var seat = _cast.Cities.FirstOrDefault(c => c.StandsFor == state);
            if (seat is not null) return seat.Name;
        }
        return StateName(state);
    }

    /// <summary>A place's name as it stands in a sentence: "Agdam", "the Gaza Strip", "the South Caucasus".</summary>
    public static string PlaceName(LexEntity place) =>
        PlaceHeadsTakingArticle.Any(h => place.Name.EndsWith(h, StringComparison.Ordinal)) ? "the " + place.Name : place.Name;

    /// <summary>A state's name as it stands in a sentence: "Armenia", "the United States", "the Democratic Republic of the Congo".</summary>
    public static string StateName(LexEntity state) =>
        state.Name.StartsWith("United ", StringComparison.Ordinal) || state.Name.Contains(" of ", StringComparison.Ordinal) || state.Name == "Netherlands"
            ? "the " + state.Name
            : state.Name;

    /// <summary>An organization by its name (with "the" where English needs it) or, now and then, its acronym.</summary>
    public string Organization(LexEntity org)
    {
        var acronym = org.Aliases.FirstOrDefault(a => a.Length is >= 2 and <= 6 && a.All(c => char.IsUpper(c) || c == '.'));
        if (acronym is not null && R.Next(3) == 0) return NeedsArticle(acronym) ? "the " + acronym : acronym;
        return NeedsArticle(org.Name) ? "the " + org.Name : org.Name;
    }

    /// <summary>An official: title and full name the first time, the family name afterwards.</summary>
    public string Person(CastPerson p)
    {
        if (!_introduced.Add(p)) return p.Family;
        var owner = p.Affiliation.Kind == Graph.Model.NodeKind.State ? Demonym(p.Affiliation) : ShortName(p.Affiliation);
        return R.Next(4) switch
        {
            0 => $"{p.FullName}, the {p.Title} of {(p.Affiliation.Kind == Graph.Model.NodeKind.State ? StateName(p.Affiliation) : Organization(p.Affiliation))},",
            1 => $"{p.Title} {p.FullName}",
            _ => $"{owner} {p.Title} {p.FullName}",
        };
    }

    /// <summary>An official of the given state or organization.</summary>
    public CastPerson OfficialOf(LexEntity affiliation)
    {
        var people = _cast.PeopleOf(affiliation);
        return people.Count > 0 ? people[R.Next(people.Count)] : _cast.People[R.Next(_cast.People.Count)];
    }

    private static string ShortName(LexEntity org)
    {
        var acronym = org.Aliases.FirstOrDefault(a => a.Length is >= 2 and <= 6 && a.All(char.IsUpper));
        return acronym ?? org.Name;
    }

    private static readonly string[] PlaceHeadsTakingArticle = ["Corridor", "Strip", "Bank", "East", "Balkans", "Caucasus", "Sea"];

    private static readonly string[] HeadsTakingArticle =
    [
        "Nations", "Union", "Council", "Committee", "Organization", "Organisation", "Group", "Commission", "Assembly", "Court",
        "Fund", "Agency", "Bank", "League", "Parliament", "Programme", "Service", "Trust", "Federation", "Office", "UN", "EU", "OSCE", "ICRC",
    ];

    private static bool NeedsArticle(string name) =>
        !name.StartsWith("The ", StringComparison.Ordinal) &&
        (name.Contains(" of ", StringComparison.Ordinal) || HeadsTakingArticle.Any(h => name.EndsWith(h, StringComparison.Ordinal)));
}
