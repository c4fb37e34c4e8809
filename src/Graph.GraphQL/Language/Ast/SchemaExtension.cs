namespace Graph.GraphQL.Language.Ast;

/// <summary>An <c>extend schema</c> definition.</summary>
public sealed class SchemaExtension : TypeSystemExtensionNode, IHasDirectives
{
    /// <inheritdoc />
    public override Kind Kind => Kind.SchemaExtension;

    /// <summary>Directives applied to this node, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();

    /// <summary>Added root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinition> OperationTypes { get; init; } = Array.Empty<OperationTypeDefinition>();
}
