namespace Graph.GraphQL.Language.Ast;

/// <summary>A query, mutation or subscription operation.</summary>
public sealed class OperationDefinition : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.OperationDefinition;

    /// <summary>Which root type the operation runs against.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The operation name; null for anonymous operations.</summary>
    public Name? Name { get; init; }

    /// <summary>The variables the operation declares.</summary>
    public IReadOnlyList<VariableDefinition> VariableDefinitions { get; init; } = Array.Empty<VariableDefinition>();
}
