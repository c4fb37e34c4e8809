namespace Graph.GraphQL.Types;

/// <summary>A list type: <c>[OfType]</c>. Two list types are equal when their item types are equal.</summary>
public sealed class GraphQLList : GraphQLType
{
    /// <summary>Creates a list of <paramref name="ofType"/>; prefer <see cref="GraphQLType.ListOf"/>.</summary>
    public GraphQLList(GraphQLType ofType)
    {
        OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));
    }

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override GraphQLNamedType NamedType => OfType.NamedType;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GraphQLList other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}
