namespace Graph.GraphQL.Types;

/// <summary>
/// The code side of an SDL schema: field resolvers keyed by <c>"Type.field"</c>, type resolvers for interfaces and
/// unions, scalar implementations, and internal values for enum values. <see cref="SchemaBuilder"/> attaches them
/// to the types it builds and reports entries that name nothing in the SDL.
/// </summary>
public sealed class ResolverMap
{
    private readonly Dictionary<string, FieldResolver> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, object>> _enumValues = new(StringComparer.Ordinal);

    /// <summary>The field resolvers by <c>"Type.field"</c>.</summary>
    public IReadOnlyDictionary<string, FieldResolver> FieldResolvers => _fields;

    /// <summary>The type resolvers by interface or union name.</summary>
    public IReadOnlyDictionary<string, TypeResolver> TypeResolvers => _types;

    /// <summary>Scalar implementations by scalar name.</summary>
    public IReadOnlyDictionary<string, GraphQLScalarType> Scalars => _scalars;

    /// <summary>Gets or sets the resolver of a field by its coordinate <c>"Type.field"</c>.</summary>
    public FieldResolver this[string coordinate]
    {
        get => _fields[coordinate];
        set => Add(coordinate, value);
    }

    /// <summary>Registers the resolver of <c>typeName.fieldName</c>.</summary>
    public ResolverMap Add(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentNullException.ThrowIfNull(resolver);
        _fields[typeName + "." + fieldName] = resolver;
        return this;
    }

    /// <summary>Registers the resolver of a field by its coordinate <c>"Type.field"</c>.</summary>
    public ResolverMap Add(string coordinate, FieldResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(coordinate);
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == coordinate.Length - 1 || coordinate.IndexOf('.', dot + 1) >= 0)
        {
            throw new ArgumentException($"Expected a field coordinate like \"Type.field\", got \"{coordinate}\".", nameof(coordinate));
        }

        return Add(coordinate.Substring(0, dot), coordinate.Substring(dot + 1), resolver);
    }

    /// <summary>Registers a synchronous resolver of <c>"Type.field"</c>.</summary>
    public ResolverMap Add(string coordinate, Func<Execution.ResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Add(coordinate, context => new ValueTask<object?>(resolver(context)));
    }

    /// <summary>Registers how values of an interface or union are mapped to object type names.</summary>
    public ResolverMap AddTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(abstractTypeName);
        ArgumentNullException.ThrowIfNull(resolver);
        _types[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>
    /// Registers a scalar implementation, used when the SDL declares a scalar of the same name (the SDL's description
    /// and <c>@specifiedBy</c> are copied onto it).
    /// </summary>
    public ResolverMap AddScalar(GraphQLScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Maps enum value names of <paramref name="enumName"/> to the internal values resolvers use.</summary>
    public ResolverMap AddEnumValues(string enumName, IReadOnlyDictionary<string, object> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(enumName);
        ArgumentNullException.ThrowIfNull(values);
        if (!_enumValues.TryGetValue(enumName, out var map))
        {
            _enumValues[enumName] = map = new Dictionary<string, object>(StringComparer.Ordinal);
        }

        foreach (var pair in values)
        {
            map[pair.Key] = pair.Value ?? throw new ArgumentException($"Enum value {enumName}.{pair.Key} cannot map to null.", nameof(values));
        }

        return this;
    }

    /// <summary>The resolver registered for <c>typeName.fieldName</c>, or null.</summary>
    public FieldResolver? GetFieldResolver(string typeName, string fieldName) =>
        _fields.GetValueOrDefault(typeName + "." + fieldName);

    /// <summary>The type resolver registered for an abstract type, or null.</summary>
    public TypeResolver? GetTypeResolver(string typeName) => _types.GetValueOrDefault(typeName);

    /// <summary>The scalar implementation registered under a name, or null.</summary>
    public GraphQLScalarType? GetScalar(string name) => _scalars.GetValueOrDefault(name);

    /// <summary>The internal values registered for an enum, or null.</summary>
    public IReadOnlyDictionary<string, object>? GetEnumValues(string enumName) => _enumValues.GetValueOrDefault(enumName);

    /// <summary>The names of enums that have registered internal values.</summary>
    public IEnumerable<string> EnumNames => _enumValues.Keys;
}
