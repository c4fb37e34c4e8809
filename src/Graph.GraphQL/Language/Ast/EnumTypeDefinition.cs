namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>enum Name { VALUES }</c> definition.</summary>
public sealed class EnumTypeDefinition : TypeDefinitionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.EnumTypeDefinition;

    /// <summary>The enum value definitions.</summary>
    public IReadOnlyList<EnumValueDefinition> Values { get; init; } = Array.Empty<EnumValueDefinition>();
}
