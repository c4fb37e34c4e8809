namespace Graph.GraphQL.Language.Ast;

/// <summary>The literal <c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValue : ValueNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.BooleanValue;

    /// <summary>The boolean value.</summary>
    public bool Value { get; init; }
}
