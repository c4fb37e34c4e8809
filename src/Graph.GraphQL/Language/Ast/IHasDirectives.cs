namespace Graph.GraphQL.Language.Ast;

/// <summary>Implemented by every node that can carry directives.</summary>
public interface IHasDirectives
{
    /// <summary>Directives applied to the node, in source order.</summary>
    IReadOnlyList<Directive> Directives { get; }
}
