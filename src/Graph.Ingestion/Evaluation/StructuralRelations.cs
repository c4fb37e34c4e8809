using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// The structural relation types the scorer counts, and the one family it allows: PartOf and LocatedIn both say
/// that one thing lies within another and are interchangeable for scoring.
/// </summary>
public static class StructuralRelations
{
    public static bool IsStructural(RelationType type) =>
        type is RelationType.MemberOf or RelationType.CoChairs or RelationType.PartOf or RelationType.LocatedIn or RelationType.Leads;

    public static bool SameFamily(RelationType a, RelationType b) =>
        a == b || (IsContainment(a) && IsContainment(b));

    private static bool IsContainment(RelationType type) => type is RelationType.PartOf or RelationType.LocatedIn;
}
