namespace Graph.GraphQL.Language.Ast;

/// <summary>A list literal: <c>[a, b]</c>.</summary>
public sealed class ListValue : ValueNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.ListValue;

    /// <summary>The items in source order.</summary>
    public IReadOnlyList<ValueNode> Values { get; init; } = Array.Empty<ValueNode>();
}
