namespace Graph.GraphQL.Language.Ast;

/// <summary>A literal value or a variable reference.</summary>
public abstract class ValueNode : Node
{
}
