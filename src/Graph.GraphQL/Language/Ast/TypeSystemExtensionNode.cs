namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>extend schema</c> or <c>extend &lt;type&gt;</c> definition.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}
