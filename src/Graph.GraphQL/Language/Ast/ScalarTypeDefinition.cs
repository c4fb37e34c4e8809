namespace Graph.GraphQL.Language.Ast;

/// <summary>A <c>scalar Name</c> definition.</summary>
public sealed class ScalarTypeDefinition : TypeDefinitionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.ScalarTypeDefinition;
}
