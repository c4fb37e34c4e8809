namespace Graph.Model;

/// <summary>
/// The types of relation (edge). Structural relations link entities; event roles link an event (the source)
/// to an entity (the target). Neo4j names them in UPPER_SNAKE_CASE (see <see cref="RelationTypes.CypherName"/>).
/// </summary>
public enum RelationType
{
    // Between entities.
    HoldsOffice,     // Person -> State|Organization, Role = title ("Prime Minister"), Time = when
    MemberOf,        // State|Organization|Person -> Organization
    CoChairs,        // State -> Organization
    PartOf,          // Organization|Place -> Organization|Place|State
    LocatedIn,       // Place|Organization -> Place|State
    Leads,           // State|Person -> Organization ("Russian-led")

    // Event roles: Event -> entity.
    Participant,
    ReleasingSide,
    ReceivingSide,
    Signatory,
    Mediator,
    Broker,
    Guarantor,
    Host,
    Attendee,
    Subject,
    Announcer,
    Speaker,
    Location,
}

public static class RelationTypes
{
    public static bool IsEventRole(this RelationType type) => type >= RelationType.Participant;

    public static readonly IReadOnlyList<RelationType> EventRoles =
        Enum.GetValues<RelationType>().Where(t => t.IsEventRole()).ToArray();

    /// <summary>Roles through which a third party helps two sides: mediation, brokering, guaranteeing.</summary>
    public static readonly IReadOnlyList<RelationType> ThirdPartyRoles =
        [RelationType.Mediator, RelationType.Broker, RelationType.Guarantor, RelationType.Host];

    /// <summary>UPPER_SNAKE_CASE name, as used for Neo4j relationship types and GraphQL enum values.</summary>
    public static string CypherName(this RelationType type)
    {
        var name = type.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(name[i]));
        }
        return sb.ToString();
    }

    public static bool TryParseCypherName(string name, out RelationType type)
    {
        foreach (var t in Enum.GetValues<RelationType>())
        {
            if (t.CypherName() == name) { type = t; return true; }
        }
        type = default;
        return false;
    }
}
