namespace Graph.GraphQL.Language.Ast;

/// <summary>Base of every AST node. Each node knows its <see cref="Kind"/> and where it came from.</summary>
public abstract class Node
{
    /// <summary>The kind of node, for fast dispatch without type tests.</summary>
    public abstract Kind Kind { get; }

    /// <summary>The source range this node was parsed from; <see cref="Language.Location.None"/> for synthesized nodes.</summary>
    public Location Location { get; init; }
}
