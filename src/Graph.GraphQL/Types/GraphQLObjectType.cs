namespace Graph.GraphQL.Types;

/// <summary>An object type: a set of fields, possibly implementing interfaces.</summary>
public sealed class GraphQLObjectType : GraphQLComplexType
{
    /// <summary>Creates an object type with no fields yet.</summary>
    public GraphQLObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;
}
