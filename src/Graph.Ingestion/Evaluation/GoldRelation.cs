using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>A structural relation between two entities of the same document (MemberOf, CoChairs, PartOf, LocatedIn, Leads).</summary>
public sealed record GoldRelation(RelationType Type, string From, string To, string Quote);
