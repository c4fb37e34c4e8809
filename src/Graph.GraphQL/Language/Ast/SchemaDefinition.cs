namespace Graph.GraphQL.Language.Ast;

/// <summary>A <c>schema { query: Q ... }</c> definition.</summary>
public sealed class SchemaDefinition : TypeSystemDefinitionNode, IHasDirectives
{
    /// <inheritdoc />
    public override Kind Kind => Kind.SchemaDefinition;

    /// <summary>The description string that precedes the definition, if any.</summary>
    public StringValue? Description { get; init; }

    /// <summary>Directives applied to this node, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();

    /// <summary>The root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinition> OperationTypes { get; init; } = Array.Empty<OperationTypeDefinition>();
}
