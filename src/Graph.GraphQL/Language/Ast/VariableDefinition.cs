namespace Graph.GraphQL.Language.Ast;

/// <summary>A variable declared by an operation: <c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinition : Node, IHasDirectives
{
    /// <inheritdoc />
    public override Kind Kind => Kind.VariableDefinition;

    /// <summary>The description string that precedes the definition, if any.</summary>
    public StringValue? Description { get; init; }

    /// <summary>The declared variable.</summary>
    public required Variable Variable { get; init; }

    /// <summary>The declared input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The constant default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>Directives applied to this node, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();
}
