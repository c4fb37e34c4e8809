namespace Graph.Ingestion.Evaluation;

/// <summary>What the scorer counts, one line of the table each.</summary>
public enum EvaluationCategory
{
    /// <summary>Entities a document mentions: name (or alias) and kind.</summary>
    Entities,
    /// <summary>Offices: person, title, of what, acting, time.</summary>
    Offices,
    /// <summary>Events: exact type and a compatible date.</summary>
    Events,
    /// <summary>(role, entity) pairs of matched events.</summary>
    EventRoles,
    /// <summary>Quantities of matched events: value, approximate, what is counted, who claims it.</summary>
    Quantities,
    /// <summary>Structural relations: MemberOf, CoChairs, PartOf/LocatedIn, Leads.</summary>
    Relations,
    /// <summary>Pairs of reports of one real event in two documents that land on one predicted event.</summary>
    Merges,
}

public static class EvaluationCategories
{
    public static string Label(this EvaluationCategory category) => category switch
    {
        EvaluationCategory.Entities => "entities",
        EvaluationCategory.Offices => "offices",
        EvaluationCategory.Events => "events",
        EvaluationCategory.EventRoles => "event-roles",
        EvaluationCategory.Quantities => "quantities",
        EvaluationCategory.Relations => "relations",
        EvaluationCategory.Merges => "merges",
        _ => category.ToString(),
    };
}
