namespace Graph.GraphQL.Language.Ast;

/// <summary>A top-level definition of a <see cref="Document"/>.</summary>
public abstract class DefinitionNode : Node
{
}
