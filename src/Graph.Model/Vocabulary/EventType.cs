namespace Graph.Model;

/// <summary>
/// Coarse, stable event types. Each carries a CAMEO-like code (see <see cref="EventTypes.CameoCode"/>)
/// so that events can be compared with event-coded datasets.
/// </summary>
public enum EventType
{
    PrisonerExchange,
    PrisonerRelease,
    ReturnOfRemains,
    Agreement,
    Ceasefire,
    Meeting,
    Handover,
    ArmedConflict,
    Clash,
    Deployment,
    Demining,
    Statement,
    Election,
    Negotiation,
    Request,
    Founding,
}

public static class EventTypes
{
    /// <summary>The CAMEO root or sub-code closest to the type (Conflict and Mediation Event Observations).</summary>
    public static string CameoCode(this EventType type) => type switch
    {
        EventType.PrisonerExchange => "0861",   // ease of repression: release persons (exchange)
        EventType.PrisonerRelease => "0841",    // return, release persons
        EventType.ReturnOfRemains => "0841",
        EventType.Agreement => "057",           // sign formal agreement
        EventType.Ceasefire => "0871",          // declare truce, ceasefire
        EventType.Meeting => "043",             // host or receive a visit / meet
        EventType.Handover => "07",             // provide aid (here: information such as minefield maps)
        EventType.ArmedConflict => "19",        // fight
        EventType.Clash => "190",
        EventType.Deployment => "15",           // exhibit force posture
        EventType.Demining => "07",
        EventType.Statement => "01",            // make public statement
        EventType.Election => "",               // no CAMEO code
        EventType.Negotiation => "046",         // engage in negotiation
        EventType.Request => "02",              // appeal
        EventType.Founding => "",
        _ => "",
    };

    /// <summary>Types that count as exchanges or releases of people or remains.</summary>
    public static readonly IReadOnlyList<EventType> Exchanges =
        [EventType.PrisonerExchange, EventType.PrisonerRelease, EventType.ReturnOfRemains];
}
