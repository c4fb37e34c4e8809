using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// A type with a name: scalar, object, interface, union, enum or input object. Named types are compared by reference.
/// Types are built (by <see cref="SchemaBuilder"/> or in code) and then frozen when a <see cref="GraphQLSchema"/> is
/// created from them; after that their members cannot change.
/// </summary>
public abstract class GraphQLNamedType : GraphQLType
{
    private readonly List<TypeExtensionNode> _extensionAstNodes = new();

    /// <summary>Creates a named type.</summary>
    protected GraphQLNamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The type name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; internal set; }

    /// <summary>The SDL definition this type was built from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <summary>The SDL extensions applied to this type, in source order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes => _extensionAstNodes;

    /// <summary>True once the type belongs to a schema; members can no longer be added.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>True for the types whose names start with <c>__</c> and that describe the schema itself.</summary>
    public bool IsIntrospectionType => IntrospectionTypes.IsIntrospectionType(this);

    /// <inheritdoc />
    public override GraphQLNamedType NamedType => this;

    /// <summary>Records an extension node (used by the schema builder).</summary>
    public void AddExtensionAstNode(TypeExtensionNode node)
    {
        EnsureNotFrozen();
        _extensionAstNodes.Add(node);
    }

    /// <summary>Prevents further changes; called when a schema is created.</summary>
    internal virtual void Freeze() => IsFrozen = true;

    /// <summary>Throws when the type is frozen.</summary>
    protected void EnsureNotFrozen()
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException($"Type {Name} belongs to a schema and can no longer be changed.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
