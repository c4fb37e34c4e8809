namespace Graph.GraphQL.Language.Ast;

/// <summary>An integer literal. The raw text is kept; coercion decides its range.</summary>
public sealed class IntValue : ValueNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.IntValue;

    /// <summary>The literal text as written, e.g. <c>-12</c>.</summary>
    public required string Value { get; init; }
}
