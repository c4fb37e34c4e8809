namespace Graph.GraphQL.Language.Ast;

/// <summary>An enum literal: a name that is not <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class EnumValue : ValueNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.EnumValue;

    /// <summary>The enum value name.</summary>
    public required string Value { get; init; }
}
