namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>extend scalar Name @directives</c> definition.</summary>
public sealed class ScalarTypeExtension : TypeExtensionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.ScalarTypeExtension;
}
