namespace Graph.GraphQL.Language.Ast;

/// <summary>A named fragment definition: <c>fragment Name on Type { ... }</c>.</summary>
public sealed class FragmentDefinition : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override Kind Kind => Kind.FragmentDefinition;

    /// <summary>The fragment name.</summary>
    public required Name Name { get; init; }

    /// <summary>The type the fragment applies to.</summary>
    public required NamedType TypeCondition { get; init; }
}
