namespace Graph.GraphQL.Language.Ast;

/// <summary>A reference to a named type.</summary>
public sealed class NamedType : TypeNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.NamedType;

    /// <summary>The referenced type name.</summary>
    public required Name Name { get; init; }
}
