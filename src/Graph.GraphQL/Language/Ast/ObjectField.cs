namespace Graph.GraphQL.Language.Ast;

/// <summary>One <c>name: value</c> entry of an input object literal.</summary>
public sealed class ObjectField : Node
{
    /// <inheritdoc />
    public override Kind Kind => Kind.ObjectField;

    /// <summary>The field name.</summary>
    public required Name Name { get; init; }

    /// <summary>The field value.</summary>
    public required ValueNode Value { get; init; }
}
