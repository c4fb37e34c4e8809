using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// A schema: root operation types, every named type reachable from them (plus the given extra types, the directives'
/// argument types and the introspection types), and the directives. Creating a schema freezes its types.
/// Types are collected in the order graphql-js collects them, so introspection lists them in the same order.
/// Build schemas from SDL with <see cref="SchemaBuilder"/>, which also validates them.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly Dictionary<string, GraphQLNamedType> _typeMap;
    private readonly List<GraphQLNamedType> _types;
    private readonly Dictionary<string, GraphQLDirective> _directivesByName;
    private readonly Dictionary<GraphQLNamedType, GraphQLObjectType[]> _possibleTypes = new();
    private readonly Dictionary<GraphQLInterfaceType, Implementations> _implementations = new();

    /// <summary>Creates a schema from root types, extra types and directives (the specified directives when null).</summary>
    public GraphQLSchema(
        GraphQLObjectType? queryType,
        GraphQLObjectType? mutationType = null,
        GraphQLObjectType? subscriptionType = null,
        IEnumerable<GraphQLNamedType>? types = null,
        IEnumerable<GraphQLDirective>? directives = null,
        string? description = null)
        : this((GraphQLNamedType?)queryType, mutationType, subscriptionType, types, directives, description, null, null)
    {
    }

    /// <summary>Creates a schema whose root types may be of the wrong kind (the builder lets validation report that).</summary>
    internal GraphQLSchema(
        GraphQLNamedType? queryType,
        GraphQLNamedType? mutationType,
        GraphQLNamedType? subscriptionType,
        IEnumerable<GraphQLNamedType>? types,
        IEnumerable<GraphQLDirective>? directives,
        string? description,
        SchemaDefinition? astNode,
        IReadOnlyList<SchemaExtension>? extensionAstNodes)
    {
        DeclaredQueryType = queryType;
        DeclaredMutationType = mutationType;
        DeclaredSubscriptionType = subscriptionType;
        Description = description;
        AstNode = astNode;
        ExtensionAstNodes = extensionAstNodes ?? Array.Empty<SchemaExtension>();
        Directives = (directives ?? GraphQLDirective.Specified).ToArray();
        _directivesByName = new Dictionary<string, GraphQLDirective>(StringComparer.Ordinal);
        foreach (var directive in Directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        // Collect referenced types exactly as graphql-js does: each given type is moved to the end of the set and
        // followed by the types it references that are not yet in the set.
        var collected = new OrderedSet();
        var given = types?.ToList() ?? new List<GraphQLNamedType>();
        foreach (var type in given)
        {
            collected.Add(type);
        }

        foreach (var type in given)
        {
            collected.Remove(type);
            Collect(type, collected);
        }

        if (queryType is not null)
        {
            Collect(queryType, collected);
        }

        if (mutationType is not null)
        {
            Collect(mutationType, collected);
        }

        if (subscriptionType is not null)
        {
            Collect(subscriptionType, collected);
        }

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.NamedType, collected);
            }
        }

        Collect(IntrospectionTypes.Schema, collected);

        _types = new List<GraphQLNamedType>();
        _typeMap = new Dictionary<string, GraphQLNamedType>(StringComparer.Ordinal);
        foreach (var type in collected.Items)
        {
            if (!_typeMap.TryAdd(type.Name, type))
            {
                if (!ReferenceEquals(_typeMap[type.Name], type))
                {
                    throw new ArgumentException(
                        $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
                }

                continue;
            }

            _types.Add(type);
        }

        foreach (var type in _types)
        {
            type.Freeze();
            if (type is GraphQLInterfaceType iface && !_implementations.ContainsKey(iface))
            {
                _implementations[iface] = new Implementations();
            }

            if (type is GraphQLComplexType complex)
            {
                foreach (var implemented in complex.Interfaces)
                {
                    if (!_implementations.TryGetValue(implemented, out var entry))
                    {
                        _implementations[implemented] = entry = new Implementations();
                    }

                    entry.Add(complex);
                }
            }
        }

        // Precomputed so that lookups during execution need no locking.
        foreach (var type in _types)
        {
            if (type.IsAbstractType)
            {
                _possibleTypes[type] = ComputePossibleTypes(type);
            }
        }
    }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>The <c>schema { }</c> definition this schema was built from, if any.</summary>
    public SchemaDefinition? AstNode { get; }

    /// <summary>The <c>extend schema</c> definitions applied, in source order.</summary>
    public IReadOnlyList<SchemaExtension> ExtensionAstNodes { get; }

    /// <summary>The query root type (null when missing or not an object type; validation reports both).</summary>
    public GraphQLObjectType? QueryType => DeclaredQueryType as GraphQLObjectType;

    /// <summary>The mutation root type, or null.</summary>
    public GraphQLObjectType? MutationType => DeclaredMutationType as GraphQLObjectType;

    /// <summary>The subscription root type, or null.</summary>
    public GraphQLObjectType? SubscriptionType => DeclaredSubscriptionType as GraphQLObjectType;

    internal GraphQLNamedType? DeclaredQueryType { get; }

    internal GraphQLNamedType? DeclaredMutationType { get; }

    internal GraphQLNamedType? DeclaredSubscriptionType { get; }

    /// <summary>Every named type in the schema, in collection order (introspection types included).</summary>
    public IReadOnlyList<GraphQLNamedType> Types => _types;

    /// <summary>Every named type by name.</summary>
    public IReadOnlyDictionary<string, GraphQLNamedType> TypeMap => _typeMap;

    /// <summary>The directives, in declaration order (SDL directives first, then the specified ones not redefined).</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>The root type for an operation kind, or null.</summary>
    public GraphQLObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The named type with the given name, or null.</summary>
    public GraphQLNamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    /// <summary>The directive with the given name (without <c>@</c>), or null.</summary>
    public GraphQLDirective? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The type a type reference denotes, or null when its named type is unknown.</summary>
    public GraphQLType? GetTypeFromAst(TypeNode node) => node switch
    {
        NamedType named => GetType(named.Name.Value),
        ListType list => GetTypeFromAst(list.Type)?.ListOf(),
        NonNullType nonNull => GetTypeFromAst(nonNull.Type) is { } inner and not GraphQLNonNull ? inner.NonNull() : null,
        _ => null,
    };

    /// <summary>
    /// The definition of a field selected on <paramref name="parentType"/>, including the meta-fields: <c>__typename</c>
    /// on every composite type, <c>__schema</c> and <c>__type</c> on the query root type. Null when there is none.
    /// </summary>
    public GraphQLField? GetFieldDefinition(GraphQLNamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename" && parentType.IsCompositeType)
            {
                return IntrospectionTypes.TypeNameMetaField;
            }

            if (ReferenceEquals(parentType, QueryType))
            {
                if (fieldName == "__schema")
                {
                    return IntrospectionTypes.SchemaMetaField;
                }

                if (fieldName == "__type")
                {
                    return IntrospectionTypes.TypeMetaField;
                }
            }
        }

        return parentType is GraphQLComplexType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>The object types an abstract type can be at runtime (union members, or interface implementations).</summary>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(GraphQLNamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var cached) ? cached : ComputePossibleTypes(abstractType);

    private GraphQLObjectType[] ComputePossibleTypes(GraphQLNamedType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types.ToArray(),
        GraphQLInterfaceType iface => GetImplementations(iface).Objects.ToArray(),
        _ => Array.Empty<GraphQLObjectType>(),
    };

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public Implementations GetImplementations(GraphQLInterfaceType interfaceType) =>
        _implementations.GetValueOrDefault(interfaceType) ?? Implementations.Empty;

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or implements the interface
    /// <paramref name="abstractType"/> (objects and interfaces both count).
    /// </summary>
    public bool IsSubType(GraphQLNamedType abstractType, GraphQLNamedType maybeSubType) => abstractType switch
    {
        GraphQLUnionType union => maybeSubType is GraphQLObjectType obj && union.Types.Contains(obj),
        GraphQLInterfaceType iface => maybeSubType switch
        {
            GraphQLObjectType obj => GetImplementations(iface).Objects.Contains(obj),
            GraphQLInterfaceType sub => GetImplementations(iface).Interfaces.Contains(sub),
            _ => false,
        },
        _ => false,
    };

    private static void Collect(GraphQLNamedType type, OrderedSet set)
    {
        if (!set.Add(type))
        {
            return;
        }

        switch (type)
        {
            case GraphQLUnionType union:
                foreach (var member in union.DeclaredTypes)
                {
                    Collect(member, set);
                }

                break;
            case GraphQLComplexType complex:
                foreach (var implemented in complex.Interfaces)
                {
                    Collect(implemented, set);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.NamedType, set);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.NamedType, set);
                    }
                }

                break;
            case GraphQLInputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.NamedType, set);
                }

                break;
        }
    }

    /// <summary>The implementations of one interface.</summary>
    public sealed class Implementations
    {
        internal static readonly Implementations Empty = new();

        private readonly List<GraphQLObjectType> _objects = new();
        private readonly List<GraphQLInterfaceType> _interfaces = new();

        /// <summary>Object types implementing the interface, in schema order.</summary>
        public IReadOnlyList<GraphQLObjectType> Objects => _objects;

        /// <summary>Interface types implementing the interface, in schema order.</summary>
        public IReadOnlyList<GraphQLInterfaceType> Interfaces => _interfaces;

        internal void Add(GraphQLComplexType type)
        {
            if (type is GraphQLObjectType obj)
            {
                _objects.Add(obj);
            }
            else
            {
                _interfaces.Add((GraphQLInterfaceType)type);
            }
        }
    }

    /// <summary>An insertion-ordered set that supports removal (like a JavaScript Set).</summary>
    private sealed class OrderedSet
    {
        private readonly LinkedList<GraphQLNamedType> _order = new();
        private readonly Dictionary<GraphQLNamedType, LinkedListNode<GraphQLNamedType>> _nodes = new(ReferenceEqualityComparer.Instance);

        public IEnumerable<GraphQLNamedType> Items => _order;

        public bool Add(GraphQLNamedType type)
        {
            if (_nodes.ContainsKey(type))
            {
                return false;
            }

            _nodes[type] = _order.AddLast(type);
            return true;
        }

        public void Remove(GraphQLNamedType type)
        {
            if (_nodes.Remove(type, out var node))
            {
                _order.Remove(node);
            }
        }
    }
}
