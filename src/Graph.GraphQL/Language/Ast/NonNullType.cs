namespace Graph.GraphQL.Language.Ast;

/// <summary>A non-null type reference: <c>Type!</c>.</summary>
public sealed class NonNullType : TypeNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.NonNullType;

    /// <summary>The wrapped type: a named type or a list type.</summary>
    public required TypeNode Type { get; init; }
}
