namespace Graph.GraphQL.Language.Ast;

/// <summary>An extension of a named type (<c>extend type</c>, <c>extend enum</c>, ...).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    /// <summary>The name of the extended type.</summary>
    public required Name Name { get; init; }

    /// <summary>Directives added by the extension, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();
}
