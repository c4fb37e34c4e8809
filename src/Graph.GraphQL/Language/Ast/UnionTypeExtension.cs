namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>extend union Name</c> definition.</summary>
public sealed class UnionTypeExtension : TypeExtensionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.UnionTypeExtension;

    /// <summary>Added member types.</summary>
    public IReadOnlyList<NamedType> Types { get; init; } = Array.Empty<NamedType>();
}
