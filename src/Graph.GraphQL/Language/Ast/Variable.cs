namespace Graph.GraphQL.Language.Ast;

/// <summary>A variable reference (<c>$name</c>) in a value position.</summary>
public sealed class Variable : ValueNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.Variable;

    /// <summary>The variable name without the leading <c>$</c>.</summary>
    public required Name Name { get; init; }
}
