namespace Graph.GraphQL.Types;

/// <summary>A union type: one of several object types.</summary>
public sealed class GraphQLUnionType : GraphQLNamedType
{
    private readonly List<GraphQLNamedType> _types = new();
    private GraphQLObjectType[]? _objectTypes;

    /// <summary>Creates a union with no members yet.</summary>
    public GraphQLUnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>
    /// The member types as declared. Only object types are valid members; any other type declared here is reported
    /// by schema validation. Use <see cref="Types"/> for the valid members.
    /// </summary>
    public IReadOnlyList<GraphQLNamedType> DeclaredTypes => _types;

    /// <summary>The object member types in declaration order.</summary>
    public IReadOnlyList<GraphQLObjectType> Types => _objectTypes ??= _types.OfType<GraphQLObjectType>().ToArray();

    /// <summary>Decides the concrete object type of a value; when null the executor uses <c>__typename</c>.</summary>
    public TypeResolver? ResolveType { get; set; }

    /// <inheritdoc />
    internal override void Freeze()
    {
        _objectTypes ??= _types.OfType<GraphQLObjectType>().ToArray();
        base.Freeze();
    }

    /// <summary>Adds a member type.</summary>
    public void AddType(GraphQLNamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        EnsureNotFrozen();
        _types.Add(type);
        _objectTypes = null;
    }
}
