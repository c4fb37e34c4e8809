namespace Graph.GraphQL.Language.Ast;

/// <summary>A <c>directive @name(args) repeatable on LOCATIONS</c> definition.</summary>
public sealed class DirectiveDefinition : TypeSystemDefinitionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.DirectiveDefinition;

    /// <summary>The description string that precedes the definition, if any.</summary>
    public StringValue? Description { get; init; }

    /// <summary>The directive name without the leading <c>@</c>.</summary>
    public required Name Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = Array.Empty<InputValueDefinition>();

    /// <summary>True when declared <c>repeatable</c>.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The locations where the directive may appear, as written (e.g. <c>FIELD</c>).</summary>
    public IReadOnlyList<Name> Locations { get; init; } = Array.Empty<Name>();
}
