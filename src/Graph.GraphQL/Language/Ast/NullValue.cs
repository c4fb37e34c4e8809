namespace Graph.GraphQL.Language.Ast;

/// <summary>The literal <c>null</c>.</summary>
public sealed class NullValue : ValueNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.NullValue;
}
