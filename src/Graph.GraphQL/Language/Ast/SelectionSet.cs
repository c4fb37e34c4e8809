namespace Graph.GraphQL.Language.Ast;

/// <summary>A braced list of selections.</summary>
public sealed class SelectionSet : Node
{
    /// <inheritdoc />
    public override Kind Kind => Kind.SelectionSet;

    /// <summary>Fields, fragment spreads and inline fragments, in source order.</summary>
    public IReadOnlyList<SelectionNode> Selections { get; init; } = Array.Empty<SelectionNode>();
}
