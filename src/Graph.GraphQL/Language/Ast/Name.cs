namespace Graph.GraphQL.Language.Ast;

/// <summary>A name token: an identifier of a field, type, argument, variable, directive or fragment.</summary>
public sealed class Name : Node
{
    /// <inheritdoc />
    public override Kind Kind => Kind.Name;

    /// <summary>The identifier text.</summary>
    public required string Value { get; init; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
