namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>interface Name implements I { fields }</c> definition.</summary>
public sealed class InterfaceTypeDefinition : TypeDefinitionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.InterfaceTypeDefinition;

    /// <summary>The implemented interfaces.</summary>
    public IReadOnlyList<NamedType> Interfaces { get; init; } = Array.Empty<NamedType>();

    /// <summary>The field definitions.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = Array.Empty<FieldDefinition>();
}
