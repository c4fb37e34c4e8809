namespace Graph.GraphQL.Language.Ast;

/// <summary>A named type definition (scalar, object, interface, union, enum, input object).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <summary>The description string that precedes the definition, if any.</summary>
    public StringValue? Description { get; init; }

    /// <summary>The type name.</summary>
    public required Name Name { get; init; }

    /// <summary>Directives applied to the definition, in source order.</summary>
    public IReadOnlyList<Directive> Directives { get; init; } = Array.Empty<Directive>();
}
