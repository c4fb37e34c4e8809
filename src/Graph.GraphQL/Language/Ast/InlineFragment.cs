namespace Graph.GraphQL.Language.Ast;

/// <summary>An inline fragment: <c>... on Type @directives { ... }</c>.</summary>
public sealed class InlineFragment : SelectionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.InlineFragment;

    /// <summary>The type condition; null when omitted.</summary>
    public NamedType? TypeCondition { get; init; }

    /// <summary>The fragment's selections.</summary>
    public required SelectionSet SelectionSet { get; init; }
}
