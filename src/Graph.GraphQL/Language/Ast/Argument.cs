namespace Graph.GraphQL.Language.Ast;

/// <summary>An argument passed to a field or directive: <c>name: value</c>.</summary>
public sealed class Argument : Node
{
    /// <inheritdoc />
    public override Kind Kind => Kind.Argument;

    /// <summary>The argument name.</summary>
    public required Name Name { get; init; }

    /// <summary>The argument value.</summary>
    public required ValueNode Value { get; init; }
}
