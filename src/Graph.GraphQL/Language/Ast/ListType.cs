namespace Graph.GraphQL.Language.Ast;

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed class ListType : TypeNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.ListType;

    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }
}
