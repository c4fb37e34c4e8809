namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>extend input Name</c> definition.</summary>
public sealed class InputObjectTypeExtension : TypeExtensionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.InputObjectTypeExtension;

    /// <summary>Added input fields.</summary>
    public IReadOnlyList<InputValueDefinition> Fields { get; init; } = Array.Empty<InputValueDefinition>();
}
