namespace Graph.GraphQL.Language.Ast;

/// <summary>The root of a parsed GraphQL document: a list of definitions.</summary>
public sealed class Document : Node
{
    /// <inheritdoc />
    public override Kind Kind => Kind.Document;

    /// <summary>Every definition in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; init; } = Array.Empty<DefinitionNode>();
}
