namespace Graph.GraphQL.Language.Ast;

/// <summary>A named fragment spread: <c>...Name @directives</c>.</summary>
public sealed class FragmentSpread : SelectionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.FragmentSpread;

    /// <summary>The name of the spread fragment.</summary>
    public required Name Name { get; init; }
}
