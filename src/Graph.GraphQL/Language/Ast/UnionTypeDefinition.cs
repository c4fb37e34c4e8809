namespace Graph.GraphQL.Language.Ast;

/// <summary>A <c>union Name = A | B</c> definition.</summary>
public sealed class UnionTypeDefinition : TypeDefinitionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.UnionTypeDefinition;

    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedType> Types { get; init; } = Array.Empty<NamedType>();
}
