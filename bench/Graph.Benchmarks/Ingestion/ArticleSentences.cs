using System.Globalization;

namespace Graph.Benchmarks.Ingestion;

/// <summary>What an article is mainly about.</summary>
public enum ArticleTopic
{
    PrisonerRelease,
    PrisonerExchange,
    ReturnOfRemains,
    Ceasefire,
    Meeting,
    Mediation,
}

/// <summary>
/// Sentence builders for the synthetic articles, grouped by topic, plus background, quotes, humanitarian figures and
/// plain connective sentences that name nothing. Each builder draws its actors, dates and numbers from the scene.
/// </summary>
public static class ArticleSentences
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;
    private static readonly string[] Captives = ["prisoners of war", "detainees", "captives", "servicemen", "civilians", "POWs", "soldiers", "hostages"];
    private static readonly string[] Small = ["two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "fifteen"];
    private static readonly string[] Issues = ["the release of detainees", "border delimitation", "the reopening of transport routes", "humanitarian access",
        "the fate of missing persons", "a lasting peace settlement", "the demining of former front lines", "the return of displaced people"];
    private static readonly string[] Quotes =
    [
        "We will not stop until every one of our people is home", "This is an important step towards building trust",
        "The process must continue without preconditions", "Our position has not changed", "There is no alternative to dialogue",
        "We welcome the humanitarian gesture and expect reciprocity", "The ceasefire is fragile, but it is holding",
        "Nobody should be held hostage to politics", "The families have waited far too long", "We are ready to meet again in the coming weeks",
    ];
    private static readonly string[] Fillers =
    [
        "The process took several hours and was monitored by observers.", "Analysts say the gesture could ease tensions, at least for now.",
        "Details of the arrangement were not made public.", "Families gathered at the crossing point long before dawn.",
        "The move was widely seen as a goodwill gesture.", "Negotiations had stalled for months before the breakthrough.",
        "Both sides accuse each other of violating earlier commitments.", "Observers cautioned that much remains unresolved.",
        "The talks lasted nearly four hours and ended without a joint statement.", "Local media broadcast images of the handover.",
        "Officials declined to comment on the number of people still held.", "Aid convoys have been delayed repeatedly by checkpoints.",
        "The announcement came after weeks of quiet diplomacy.", "It was the largest such transfer since the fighting ended.",
        "Relatives of the missing have staged weekly protests outside government buildings.", "The road to the border crossing was closed to traffic for the day.",
        "Journalists were not allowed to approach the checkpoint.", "The two sides remain far apart on the core issues.",
        "Humanitarian groups described the conditions of detention as difficult.", "Officials on both sides described the atmosphere as constructive.",
    ];

    public static IReadOnlyList<Func<ArticleScene, string>> For(ArticleTopic topic) => topic switch
    {
        ArticleTopic.PrisonerRelease => Release,
        ArticleTopic.PrisonerExchange => Exchange,
        ArticleTopic.ReturnOfRemains => Remains,
        ArticleTopic.Ceasefire => Ceasefire,
        ArticleTopic.Meeting => Meeting,
        _ => Mediation,
    };

    public static readonly Func<ArticleScene, string>[] Release =
    [
        s => $"{Cap(s.State(s.SideA))} released {Count(s)} {s.Demonym(s.SideB)} {s.Pick(Captives)} {DatePhrases.Recent(s.R, s.Anchor)}, {Mediated(s)}.",
        s => $"{Cap(DatePhrases.Recent(s.R, s.Anchor))}, {s.Person(s.OfficialOf(s.SideA))} announced the return of {Count(s)} {s.Pick(Captives)} to {s.State(s.SideB)}.",
        s => $"The {s.Pick(Captives)} were handed over to {ArticleScene.StateName(s.SideB)} on the {s.Demonym(s.SideA)}-{s.Demonym(s.ThirdState)} border with the participation of {s.Demonym(s.ThirdState)} representatives.",
        s => $"According to a statement by the {s.Demonym(s.SideA)} Foreign Ministry, {Count(s)} {s.Pick(Captives)} were freed {DatePhrases.Recent(s.R, s.Anchor)}.",
        s => $"{Cap(s.State(s.SideB))} says at least {s.R.Next(20, 300)} of its citizens remain in {s.Demonym(s.SideA)} custody.",
        s => $"{Cap(s.Organization(s.Humanitarian))} said its delegates had visited the {s.Pick(Captives)} before their release {DatePhrases.Recent(s.R, s.Anchor)}.",
        s => $"The freed {s.Pick(Captives)} were flown to {s.HostCity.Name} aboard a government plane, {s.Person(s.OfficialOf(s.SideB))} said.",
    ];

    public static readonly Func<ArticleScene, string>[] Exchange =
    [
        s => $"{Cap(s.State(s.SideA))} and {s.State(s.SideB)} exchanged {Count(s)} {s.Pick(Captives)} {DatePhrases.Recent(s.R, s.Anchor)} in a swap mediated by {s.Organization(s.Mediator)}.",
        s => $"{Cap(s.State(s.SideA))} freed {Count(s)} {s.Demonym(s.SideB)} {s.Pick(Captives)} while {s.State(s.SideB)} provided maps of {s.R.Next(2, 90).ToString("N0", En)} minefields in the {s.Region.Name} area.",
        s => $"In return, {s.State(s.SideB)} handed over {Count(s)} {s.Demonym(s.SideA)} {s.Pick(Captives)} at a crossing near the village of {s.Village}.",
        s => $"The prisoner exchange, the {Ordinal(s.R.Next(2, 9))} since {s.Anchor.Year - s.R.Next(1, 6)}, was facilitated by {s.Organization(s.Humanitarian)}.",
        s => $"A {s.Demonym(s.ThirdState)}-brokered swap {DatePhrases.Past(s.R, s.Anchor)} brought home {s.R.Next(10, 400).ToString("N0", En)} people.",
        s => $"The swap of {Count(s)} for {Count(s)} {s.Pick(Captives)} took place {DatePhrases.Recent(s.R, s.Anchor)} on a bridge near {s.Village}.",
        s => $"{Cap(s.Person(s.OfficialOf(s.Mediator)))} said the exchange had been agreed during talks in {s.HostCity.Name}.",
    ];

    public static readonly Func<ArticleScene, string>[] Remains =
    [
        s => $"The bodies of {Count(s)} servicemen were returned to {s.State(s.SideB)} {DatePhrases.Recent(s.R, s.Anchor)}, the {s.Demonym(s.SideB)} Defense Ministry said.",
        s => $"{Cap(s.Organization(s.Humanitarian))} said it had helped repatriate the remains of {s.R.Next(3, 120)} people killed in the fighting.",
        s => $"Search teams recovered the remains of {Count(s)} soldiers near {ArticleScene.PlaceName(s.Region)} {DatePhrases.Recent(s.R, s.Anchor)}.",
        s => $"{Cap(s.State(s.SideA))} handed over the bodies through the mediation of {s.Organization(s.Mediator)}, according to {s.Organization(s.Agency)}.",
        s => $"Forensic experts from {s.Organization(s.Humanitarian)} are working to identify the remains of {s.R.Next(4, 70)} people found near {s.Village}.",
        s => $"{Cap(s.State(s.SideB))} says {s.R.Next(100, 4000).ToString("N0", En)} of its servicemen are still listed as missing.",
        s => $"The repatriation of remains {DatePhrases.Recent(s.R, s.Anchor)} was the {Ordinal(s.R.Next(2, 8))} this year.",
    ];

    public static readonly Func<ArticleScene, string>[] Ceasefire =
    [
        s => $"A {s.Demonym(s.ThirdState)}-brokered ceasefire between {s.State(s.SideA)} and {s.State(s.SideB)} took effect at midnight {DatePhrases.Recent(s.R, s.Anchor)}.",
        s => $"The truce, brokered by {s.Organization(s.Mediator)}, was violated within hours, {s.Person(s.OfficialOf(s.SideB))} said.",
        s => $"{Cap(s.State(s.SideA))}, {s.State(s.SideB)} and {s.State(s.ThirdState)} signed the ceasefire agreement {DatePhrases.Recent(s.R, s.Anchor)}.",
        s => $"Under the deal, {s.R.Next(900, 5000).ToString("N0", En)} {s.Demonym(s.ThirdState)} peacekeepers will be deployed along the line of contact in {ArticleScene.PlaceName(s.Region)} for {Small[s.R.Next(Small.Length)]} years.",
        s => $"Clashes broke out along the border {DatePhrases.Past(s.R, s.Anchor)}, leaving {s.R.Next(3, 80)} soldiers dead and {s.R.Next(10, 200)} wounded.",
        s => $"{Cap(s.State(s.ThirdState))} became a key guarantor of the arrangement, which halted {Small[s.R.Next(Small.Length)]} weeks of fighting.",
        s => $"{Cap(s.Organization(s.Mediator))} welcomed the truce and called on both sides to respect it.",
    ];

    public static readonly Func<ArticleScene, string>[] Meeting =
    [
        s => $"{Cap(s.Person(s.OfficialOf(s.SideA)))} met {s.Person(s.OfficialOf(s.SideB))} in {s.HostCity.Name} {DatePhrases.Recent(s.R, s.Anchor)} to discuss {s.Pick(Issues)}.",
        s => $"The talks in {s.HostCity.Name} were hosted by {s.Person(s.OfficialOf(s.ThirdState))} at the invitation of {s.State(s.ThirdState)}.",
        s => $"It was the {Ordinal(s.R.Next(2, 7))} meeting of the two leaders {DatePhrases.Past(s.R, s.Anchor)}.",
        s => $"{Cap(s.Person(s.OfficialOf(s.Mediator)))} also attended the meeting, which focused on {s.Pick(Issues)}.",
        s => $"The foreign ministers of {ArticleScene.StateName(s.SideA)} and {ArticleScene.StateName(s.SideB)} are expected to meet again in {s.Pick(new[] { "Geneva", "Vienna", "Brussels", s.HostCity.Name })} next month.",
        s => $"{Cap(s.HostCity.Name)} hosted the {Ordinal(s.R.Next(2, 7))} round of talks between {s.State(s.SideA)} and {s.State(s.SideB)} {DatePhrases.Recent(s.R, s.Anchor)}.",
        s => $"The leaders agreed to set up a working group on {s.Pick(Issues)}, according to a joint statement released after the summit.",
    ];

    public static readonly Func<ArticleScene, string>[] Mediation =
    [
        s => $"{Cap(s.Organization(s.Mediator))} has offered to act as a mediator between {s.State(s.SideA)} and {s.State(s.SideB)}.",
        s => $"Talks were held through the mediation of {s.Organization(s.Mediator)} {DatePhrases.Recent(s.R, s.Anchor)}.",
        s => $"{Cap(s.Organization(s.Mediator))} called on {ArticleScene.StateName(s.SideA)} and {ArticleScene.StateName(s.SideB)} to {s.Pick(new[] { "refrain from escalation", "release all detainees", "resume negotiations", "respect the ceasefire" })}.",
        s => $"In {s.R.Next(1992, s.Anchor.Year)}, {ArticleScene.StateName(s.SideA)} set up a State Commission on {s.Pick(new[] { "Missing Persons", "Prisoners of War", "Humanitarian Demining" })} to handle the cases.",
        s => $"The mediating role played by {s.State(s.ThirdState)} was praised by {s.Person(s.OfficialOf(s.Mediator))}.",
        s => $"{Cap(s.Person(s.OfficialOf(s.Mediator)))} arrived in {s.HostCity.Name} {DatePhrases.Recent(s.R, s.Anchor)} for consultations with both sides.",
        s => $"Diplomats say {s.State(s.ThirdState)} and {s.Organization(s.Mediator)} are competing for the role of mediator.",
    ];

    public static readonly Func<ArticleScene, string>[] Background =
    [
        s => $"The war over {ArticleScene.PlaceName(s.Region)} {DatePhrases.Past(s.R, s.Anchor)} killed more than {s.R.Next(2, 40) * 1000:N0} people and displaced tens of thousands.",
        s => $"Fighting erupted {DatePhrases.Past(s.R, s.Anchor)} and lasted {Small[s.R.Next(Small.Length)]} weeks.",
        s => $"{Cap(s.Demonym(s.SideA))} forces took control of several districts around {ArticleScene.PlaceName(s.Region)} {DatePhrases.Past(s.R, s.Anchor)}.",
        s => $"Deminers from {s.Organization(s.Humanitarian)} have cleared {s.R.Next(200, 20000).ToString("N0", En)} mines near the village of {s.Village} since the fighting ended.",
        s => $"Some {s.R.Next(5, 90) * 1000:N0} people remain displaced, according to {s.Organization(s.Humanitarian)}.",
        s => $"{Cap(s.Organization(s.Mediator))} pledged ${s.R.Next(1, 90)}.{s.R.Next(10)} million in humanitarian aid {DatePhrases.Past(s.R, s.Anchor)}.",
        s => $"Roughly {s.R.Next(5, 60)} percent of the region's farmland is still considered unsafe.",
    ];

    public static readonly Func<ArticleScene, string>[] Quote =
    [
        s => $"“{s.Pick(Quotes)},” {s.Person(s.OfficialOf(s.SideA))} said.",
        s => $"{Cap(s.Person(s.OfficialOf(s.SideB)))} told reporters in {s.HostCity.Name}: “{s.Pick(Quotes)}.”",
        s => $"“{s.Pick(Quotes)},” said {s.Person(s.OfficialOf(s.Mediator))} {DatePhrases.Recent(s.R, s.Anchor)}.",
        s => $"According to {s.Person(s.OfficialOf(s.ThirdState))}, “{s.Pick(Quotes).ToLowerInvariant()}.”",
        s => $"{Cap(s.Person(s.OfficialOf(s.SideA)))} welcomed the move in a message on social media, writing that “{s.Pick(Quotes).ToLowerInvariant()}.”",
    ];

    /// <summary>Connective sentences that name nothing, as builders.</summary>
    public static readonly Func<ArticleScene, string>[] Connective = Fillers.Select(f => (Func<ArticleScene, string>)(_ => f)).ToArray();

    public static string Filler(ArticleScene s) => s.Pick(Fillers);

    private static string Mediated(ArticleScene s) => s.R.Next(3) switch
    {
        0 => "through mediation by " + s.Organization(s.Mediator),
        1 => "with the participation of " + s.Organization(s.Humanitarian),
        _ => "officials said",
    };

    private static string Count(ArticleScene s) => s.R.Next(3) switch
    {
        0 => Small[s.R.Next(Small.Length)],
        1 => "at least " + s.R.Next(10, 120).ToString(En),
        _ => s.R.Next(2, 60).ToString(En),
    };

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", 5 => "fifth", 6 => "sixth", 7 => "seventh", _ => "eighth" };

    public static string Cap(string text) => text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
