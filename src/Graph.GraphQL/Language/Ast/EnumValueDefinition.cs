namespace Graph.GraphQL.Language.Ast;

/// <summary>One value of an enum type definition.</summary>
public sealed class EnumValueDefinition : Node, IHasDirectives
{
    /// <inheritdoc />
    public override Kind Kind => Kind.EnumValueDefinition;

    /// <summary>The description string that precedes the definition, if any.</summary>
    public StringValue? Description { get; init; }

    /// <summary>The value name.</summary>
    public required Name Name { get; init; }

    /// <summary>Directives applied to this node, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();
}
