namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>extend enum Name</c> definition.</summary>
public sealed class EnumTypeExtension : TypeExtensionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.EnumTypeExtension;

    /// <summary>Added enum values.</summary>
    public IReadOnlyList<EnumValueDefinition> Values { get; init; } = Array.Empty<EnumValueDefinition>();
}
