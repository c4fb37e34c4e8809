namespace Graph.GraphQL.Language.Ast;

/// <summary>An input object literal: <c>{ name: value }</c>.</summary>
public sealed class ObjectValue : ValueNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.ObjectValue;

    /// <summary>The fields in source order.</summary>
    public IReadOnlyList<ObjectField> Fields { get; init; } = Array.Empty<ObjectField>();
}
