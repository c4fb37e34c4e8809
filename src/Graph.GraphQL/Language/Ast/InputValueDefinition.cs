namespace Graph.GraphQL.Language.Ast;

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinition : Node, IHasDirectives
{
    /// <inheritdoc />
    public override Kind Kind => Kind.InputValueDefinition;

    /// <summary>The description string that precedes the definition, if any.</summary>
    public StringValue? Description { get; init; }

    /// <summary>The argument or field name.</summary>
    public required Name Name { get; init; }

    /// <summary>The input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The constant default value, if any.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>Directives applied to this node, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();
}
