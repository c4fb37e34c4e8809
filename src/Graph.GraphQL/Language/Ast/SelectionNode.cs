namespace Graph.GraphQL.Language.Ast;

/// <summary>One entry of a selection set: a <see cref="Field"/>, <see cref="FragmentSpread"/> or <see cref="InlineFragment"/>.</summary>
public abstract class SelectionNode : Node, IHasDirectives
{
    /// <summary>Directives applied to the selection, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();
}
