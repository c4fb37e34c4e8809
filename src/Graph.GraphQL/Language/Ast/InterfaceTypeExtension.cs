namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>extend interface Name</c> definition.</summary>
public sealed class InterfaceTypeExtension : TypeExtensionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.InterfaceTypeExtension;

    /// <summary>Added interfaces.</summary>
    public IReadOnlyList<NamedType> Interfaces { get; init; } = Array.Empty<NamedType>();

    /// <summary>Added fields.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = Array.Empty<FieldDefinition>();
}
