using Graph.Model;

namespace Graph.Ingestion.Resolution;

/// <summary>Event types that different reports may use for one happening (a "release" in one article is an
/// "exchange" in another); events are only merged within a family.</summary>
public static class EventFamilies
{
    private static readonly EventType[][] Families =
    [
        [EventType.PrisonerExchange, EventType.PrisonerRelease, EventType.ReturnOfRemains],
        [EventType.Ceasefire, EventType.Agreement],
        [EventType.Meeting, EventType.Negotiation],
        [EventType.ArmedConflict, EventType.Clash],
    ];

    public static IReadOnlyList<EventType> Of(EventType type)
    {
        foreach (var family in Families)
        {
            if (Array.IndexOf(family, type) >= 0) return family;
        }
        return [type];
    }
}
