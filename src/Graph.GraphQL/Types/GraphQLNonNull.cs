namespace Graph.GraphQL.Types;

/// <summary>A non-null type: <c>OfType!</c>. Two non-null types are equal when their inner types are equal.</summary>
public sealed class GraphQLNonNull : GraphQLType
{
    /// <summary>Creates a non-null <paramref name="ofType"/>; prefer <see cref="GraphQLType.NonNull"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="ofType"/> is itself non-null.</exception>
    public GraphQLNonNull(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is GraphQLNonNull)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable inner type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override GraphQLNamedType NamedType => OfType.NamedType;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GraphQLNonNull other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}
