namespace Graph.GraphQL.Types;

/// <summary>What object and interface types share: fields and implemented interfaces.</summary>
public abstract class GraphQLComplexType : GraphQLNamedType
{
    private readonly List<GraphQLField> _fields = new();
    private readonly Dictionary<string, GraphQLField> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<GraphQLInterfaceType> _interfaces = new();

    /// <summary>Creates the type.</summary>
    protected GraphQLComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields in declaration order (definition first, then extensions).</summary>
    public IReadOnlyList<GraphQLField> Fields => _fields;

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<GraphQLInterfaceType> Interfaces => _interfaces;

    /// <summary>The field with the given name, or null.</summary>
    public GraphQLField? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Adds a field. A field with a name already present replaces nothing and returns false.</summary>
    public bool AddField(GraphQLField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        EnsureNotFrozen();
        if (!_fieldsByName.TryAdd(field.Name, field))
        {
            return false;
        }

        _fields.Add(field);
        return true;
    }

    /// <summary>Declares an implemented interface (duplicates are kept so that validation can report them).</summary>
    public void AddInterface(GraphQLInterfaceType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        EnsureNotFrozen();
        _interfaces.Add(type);
    }

    /// <summary>True when this type declares it implements <paramref name="type"/>.</summary>
    public bool Implements(GraphQLInterfaceType type) => _interfaces.Contains(type);
}
