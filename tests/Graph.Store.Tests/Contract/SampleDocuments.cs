using Graph.Model;

namespace Graph.Store.Tests.Contract;

/// <summary>
/// A small hand-written corpus (modelled on the kind of reports the service reads) and the ids it uses.
/// Each method returns a fresh builder so that a test can add or change facts before building.
/// </summary>
public static class SampleDocuments
{
    public const string Armenia = "state:armenia";
    public const string Azerbaijan = "state:azerbaijan";
    public const string Georgia = "state:georgia";
    public const string UnitedStates = "state:united-states";
    public const string Russia = "state:russia";
    public const string France = "state:france";
    public const string MinskGroup = "org:osce-minsk-group";
    public const string Icrc = "org:icrc";
    public const string Border = "place:azerbaijani-georgian-border";
    public const string Moscow = "place:moscow";
    public const string Pashinyan = "person:nikol-pashinyan";
    public const string Aliyev = "person:ilham-aliyev";
    public const string Putin = "person:vladimir-putin";

    public const string Exchange = "event:exchange-2021-06-12";
    public const string Ceasefire = "event:ceasefire-2020-11-10";
    public const string MinskFounding = "event:minsk-group-founding";
    public const string MoscowMeeting = "event:moscow-meeting-2021-01-11";
    public const string RemainsReturn = "event:return-2020-12-28";
    public const string UntimedStatement = "event:statement-undated";

    public static DocumentBuilder ExchangeReport() =>
        new DocumentBuilder("exchange-2021",
                "On June 12, 2021 Azerbaijan released 15 Armenian detainees in exchange for minefield maps from Armenia. " +
                "Georgia and the United States mediated the exchange. The handover took place on the Azerbaijani-Georgian border.",
                "Armenia gets detainees for maps")
            .Entity(Armenia, "Armenia", ["Republic of Armenia"], "country")
            .Entity(Azerbaijan, "Azerbaijan")
            .Entity(Georgia, "Georgia")
            .Entity(UnitedStates, "United States", "USA", "U.S.")
            .Entity(Border, "Azerbaijani-Georgian border", [], "border")
            .Event(Exchange, EventType.PrisonerExchange, "Exchange of detainees for minefield maps",
                TimeRange.Day(new DateOnly(2021, 6, 12), text: "June 12, 2021"),
                [new Quantity(15, "Armenian detainees", false, "15 Armenian detainees")],
                "Azerbaijan released 15 Armenian detainees for minefield maps.", cue: "exchange")
            .Relation(RelationType.ReleasingSide, Exchange, Azerbaijan)
            .Relation(RelationType.ReceivingSide, Exchange, Armenia)
            .Relation(RelationType.Mediator, Exchange, Georgia)
            .Relation(RelationType.Mediator, Exchange, UnitedStates)
            .Relation(RelationType.Location, Exchange, Border);

    public static DocumentBuilder CeasefireReport() =>
        new DocumentBuilder("ceasefire-2020",
                "On November 10, 2020 Armenia, Azerbaijan and Russia signed a ceasefire statement. " +
                "Russia brokered the agreement and guarantees it.",
                "Trilateral ceasefire")
            .Entity(Armenia, "Armenia")
            .Entity(Azerbaijan, "Azerbaijan")
            .Entity(Russia, "Russia", "Russian Federation")
            .Event(Ceasefire, EventType.Ceasefire, "Trilateral ceasefire statement",
                TimeRange.Day(new DateOnly(2020, 11, 10), text: "November 10, 2020"), cue: "ceasefire")
            .Relation(RelationType.Signatory, Ceasefire, Armenia)
            .Relation(RelationType.Signatory, Ceasefire, Azerbaijan)
            .Relation(RelationType.Signatory, Ceasefire, Russia)
            .Relation(RelationType.Broker, Ceasefire, Russia)
            .Relation(RelationType.Guarantor, Ceasefire, Russia);

    public static DocumentBuilder MinskGroupReport() =>
        new DocumentBuilder("minsk-group",
                "The OSCE Minsk Group is co-chaired by France, Russia and the United States. It was established in 1994.",
                "Minsk Group")
            .Entity(MinskGroup, "OSCE Minsk Group", ["Minsk Group"], "intergovernmental")
            .Entity(France, "France")
            .Entity(Russia, "Russia")
            .Entity(UnitedStates, "United States")
            .Event(MinskFounding, EventType.Founding, "Founding of the OSCE Minsk Group", TimeRange.Year(1994, text: "1994"), cue: "established")
            .Relation(RelationType.CoChairs, France, MinskGroup)
            .Relation(RelationType.CoChairs, Russia, MinskGroup)
            .Relation(RelationType.CoChairs, UnitedStates, MinskGroup)
            .Relation(RelationType.Subject, MinskFounding, MinskGroup);

    public static DocumentBuilder MoscowMeetingReport() =>
        new DocumentBuilder("moscow-meeting",
                "On January 11, 2021 Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Moscow. " +
                "Nikol Pashinyan is the Prime Minister of Armenia.",
                "Trilateral meeting in Moscow")
            .Entity(Putin, "Vladimir Putin", "Putin")
            .Entity(Aliyev, "Ilham Aliyev", "İlham Əliyev", "Aliyev")
            .Entity(Pashinyan, "Nikol Pashinyan", "Pashinyan")
            .Entity(Moscow, "Moscow", [], "city")
            .Entity(Armenia, "Armenia")
            .Event(MoscowMeeting, EventType.Meeting, "Trilateral meeting in Moscow",
                TimeRange.Day(new DateOnly(2021, 1, 11), text: "January 11, 2021"), cue: "hosted")
            .Relation(RelationType.Host, MoscowMeeting, Putin)
            .Relation(RelationType.Attendee, MoscowMeeting, Aliyev)
            .Relation(RelationType.Attendee, MoscowMeeting, Pashinyan)
            .Relation(RelationType.Location, MoscowMeeting, Moscow)
            .Relation(RelationType.HoldsOffice, Pashinyan, Armenia, "Prime Minister");

    public static DocumentBuilder RemainsReport() =>
        new DocumentBuilder("return-2020",
                "On December 28, 2020 four Armenian captives were returned through the mediation of the International Committee of the Red Cross. " +
                "An undated statement followed.",
                "Captives returned")
            .Entity(Armenia, "Armenia")
            .Entity(Icrc, "International Committee of the Red Cross", "ICRC", "Red Cross")
            .Event(RemainsReturn, EventType.PrisonerRelease, "Return of four Armenian captives",
                TimeRange.Day(new DateOnly(2020, 12, 28)), [new Quantity(4, "Armenian captives", false, "four Armenian captives")], cue: "returned")
            .Event(UntimedStatement, EventType.Statement, "Undated statement on the return", cue: "statement")
            .Relation(RelationType.ReceivingSide, RemainsReturn, Armenia)
            .Relation(RelationType.Mediator, RemainsReturn, Icrc)
            .Relation(RelationType.Subject, UntimedStatement, Armenia);

    public static IEnumerable<DocumentBuilder> All() =>
        [ExchangeReport(), CeasefireReport(), MinskGroupReport(), MoscowMeetingReport(), RemainsReport()];

    /// <summary>A minimal valid document with one entity, for bad-input tests to start from.</summary>
    public static DocumentBuilder Tiny(string slug = "tiny", string entityId = "state:testland", string name = "Testland") =>
        new DocumentBuilder(slug, $"{name} issued a statement about {name}.", "Tiny " + slug).Entity(entityId, name);

    public static Curation Curator(string reason = "Reviewed against the source documents") => new("analyst@example.org", reason);
}
