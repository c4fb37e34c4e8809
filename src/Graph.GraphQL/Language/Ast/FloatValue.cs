namespace Graph.GraphQL.Language.Ast;

/// <summary>A floating point literal. The raw text is kept; coercion decides its precision.</summary>
public sealed class FloatValue : ValueNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.FloatValue;

    /// <summary>The literal text as written, e.g. <c>1.5e3</c>.</summary>
    public required string Value { get; init; }
}
