using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// Event types close enough that a report typed one way and a prediction typed the other describe the same event
/// for role scoring and merging: exchanges/releases/returns of remains, agreements/ceasefires, meetings/negotiations,
/// armed conflicts/clashes. Every other type is a family of its own.
/// </summary>
public static class EventTypeFamilies
{
    public static string Family(EventType type) => type switch
    {
        EventType.PrisonerExchange or EventType.PrisonerRelease or EventType.ReturnOfRemains => "exchange",
        EventType.Agreement or EventType.Ceasefire => "agreement",
        EventType.Meeting or EventType.Negotiation => "meeting",
        EventType.ArmedConflict or EventType.Clash => "fighting",
        _ => type.ToString(),
    };

    public static bool SameFamily(EventType a, EventType b) => Family(a) == Family(b);
}
