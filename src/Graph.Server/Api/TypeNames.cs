using Graph.Model;

namespace Graph.Server.Api;

/// <summary>The schema's object type for a value of an abstract type (Node, Entity, Sourced, GraphNode).</summary>
public static class TypeNames
{
    public static string? Of(object? value) => value switch
    {
        Entity e => e.Kind switch
        {
            NodeKind.Person => "Person",
            NodeKind.State => "State",
            NodeKind.Organization => "Organization",
            NodeKind.Place => "Place",
            _ => null,
        },
        Event => "Event",
        DocumentRecord => "Document",
        Relation => "Relation",
        _ => null,
    };
}
