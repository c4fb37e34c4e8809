namespace Graph.GraphQL.Types;

/// <summary>
/// An input object type: named input fields. Coerced values are <see cref="IReadOnlyDictionary{TKey,TValue}"/> of
/// field name to internal value. With <see cref="IsOneOf"/> exactly one field must be given, and not as null.
/// </summary>
public sealed class GraphQLInputObjectType : GraphQLNamedType
{
    private readonly List<GraphQLInputField> _fields = new();
    private readonly Dictionary<string, GraphQLInputField> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates an input object type with no fields yet.</summary>
    public GraphQLInputObjectType(string name, string? description = null, bool isOneOf = false)
        : base(name, description)
    {
        IsOneOf = isOneOf;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The fields in declaration order.</summary>
    public IReadOnlyList<GraphQLInputField> Fields => _fields;

    /// <summary>True when the type carries <c>@oneOf</c>.</summary>
    public bool IsOneOf { get; internal set; }

    /// <summary>The field with the given name, or null.</summary>
    public GraphQLInputField? GetField(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Adds a field; false when the name is already present.</summary>
    public bool AddField(GraphQLInputField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        EnsureNotFrozen();
        if (!_byName.TryAdd(field.Name, field))
        {
            return false;
        }

        _fields.Add(field);
        return true;
    }
}
