namespace Graph.GraphQL.Language.Ast;

/// <summary>A field selection, optionally aliased, with arguments, directives and a sub-selection.</summary>
public sealed class Field : SelectionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.Field;

    /// <summary>The alias, if the field is aliased.</summary>
    public Name? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required Name Name { get; init; }

    /// <summary>Arguments in source order.</summary>
    public IReadOnlyList<Argument> Arguments { get; init; } = Array.Empty<Argument>();

    /// <summary>The sub-selection; null for leaf fields.</summary>
    public SelectionSet? SelectionSet { get; init; }

    /// <summary>The key under which the field appears in the response: the alias if present, otherwise the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}
