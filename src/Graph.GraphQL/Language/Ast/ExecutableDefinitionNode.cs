namespace Graph.GraphQL.Language.Ast;

/// <summary>An operation or fragment definition: the definitions a request may execute.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>The description string that precedes the definition, if any (graphql-js 16 executable descriptions).</summary>
    public StringValue? Description { get; init; }

    /// <summary>Directives applied to the definition, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();

    /// <summary>The selections of the definition.</summary>
    public required SelectionSet SelectionSet { get; init; }
}
