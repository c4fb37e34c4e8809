namespace Graph.GraphQL.Types;

/// <summary>An interface type: fields that implementing object (and interface) types must provide.</summary>
public sealed class GraphQLInterfaceType : GraphQLComplexType
{
    /// <summary>Creates an interface type with no fields yet.</summary>
    public GraphQLInterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>
    /// Decides the concrete object type of a value; from the <see cref="ResolverMap"/>. When null the executor uses the
    /// value's <c>__typename</c>.
    /// </summary>
    public TypeResolver? ResolveType { get; set; }
}
