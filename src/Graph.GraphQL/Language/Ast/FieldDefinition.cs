namespace Graph.GraphQL.Language.Ast;

/// <summary>A field of an object or interface type definition.</summary>
public sealed class FieldDefinition : Node, IHasDirectives
{
    /// <inheritdoc />
    public override Kind Kind => Kind.FieldDefinition;

    /// <summary>The description string that precedes the definition, if any.</summary>
    public StringValue? Description { get; init; }

    /// <summary>The field name.</summary>
    public required Name Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = Array.Empty<InputValueDefinition>();

    /// <summary>The output type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>Directives applied to this node, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();
}
