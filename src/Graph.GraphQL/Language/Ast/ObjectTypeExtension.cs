namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>extend type Name</c> definition.</summary>
public sealed class ObjectTypeExtension : TypeExtensionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.ObjectTypeExtension;

    /// <summary>Added interfaces.</summary>
    public IReadOnlyList<NamedType> Interfaces { get; init; } = Array.Empty<NamedType>();

    /// <summary>Added fields.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = Array.Empty<FieldDefinition>();
}
