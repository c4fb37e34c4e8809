namespace Graph.GraphQL.Language.Ast;

/// <summary>One <c>query: Type</c> entry of a schema definition or extension.</summary>
public sealed class OperationTypeDefinition : Node
{
    /// <inheritdoc />
    public override Kind Kind => Kind.OperationTypeDefinition;

    /// <summary>The operation kind.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The root type for that operation.</summary>
    public required NamedType Type { get; init; }
}
