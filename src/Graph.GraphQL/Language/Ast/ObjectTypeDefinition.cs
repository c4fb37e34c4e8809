namespace Graph.GraphQL.Language.Ast;

/// <summary>A <c>type Name implements I { fields }</c> definition.</summary>
public sealed class ObjectTypeDefinition : TypeDefinitionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.ObjectTypeDefinition;

    /// <summary>The implemented interfaces.</summary>
    public IReadOnlyList<NamedType> Interfaces { get; init; } = Array.Empty<NamedType>();

    /// <summary>The field definitions.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = Array.Empty<FieldDefinition>();
}
