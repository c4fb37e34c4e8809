namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>input Name { fields }</c> definition.</summary>
public sealed class InputObjectTypeDefinition : TypeDefinitionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.InputObjectTypeDefinition;

    /// <summary>The input field definitions.</summary>
    public IReadOnlyList<InputValueDefinition> Fields { get; init; } = Array.Empty<InputValueDefinition>();
}
