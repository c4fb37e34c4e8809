using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// Turns a validated SDL document into types, directives and a schema (the work of graphql-js's
/// <c>extendSchemaImpl</c> + <c>buildASTSchema</c>): definitions and their extensions are merged in document order,
/// default values are coerced, deprecations and <c>@specifiedBy</c>/<c>@oneOf</c> are read, and the resolver map is
/// attached. Problems that SDL validation cannot see (bad default values, resolvers naming nothing) are collected in
/// <see cref="Errors"/>.
/// </summary>
internal sealed class SchemaAssembler
{
    private readonly Document _document;
    private readonly ResolverMap _resolvers;
    private readonly bool _buildingIntrospection;
    private readonly Dictionary<string, GraphQLNamedType> _types = new(StringComparer.Ordinal);
    private readonly List<GraphQLNamedType> _typeOrder = new();
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeDefinitionNode> _definitions = new(StringComparer.Ordinal);
    private readonly List<GraphQLError> _errors = new();
    private readonly HashSet<GraphQLInputObjectType> _defaultsDone = new();
    private readonly HashSet<GraphQLInputObjectType> _defaultsInProgress = new();
    private readonly List<(GraphQLInputValue Value, GraphQLNamedType? Owner, string Coordinate)> _pendingDefaults = new();

    private SchemaAssembler(Document document, ResolverMap resolvers, bool buildingIntrospection)
    {
        _document = document;
        _resolvers = resolvers;
        _buildingIntrospection = buildingIntrospection;
    }

    /// <summary>Problems found while assembling.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Builds a schema from a document that passed SDL validation.</summary>
    public static (GraphQLSchema Schema, IReadOnlyList<GraphQLError> Errors) Assemble(
        Document document, ResolverMap resolvers, bool allowUnusedResolvers)
    {
        var assembler = new SchemaAssembler(document, resolvers, buildingIntrospection: false);
        var schema = assembler.BuildSchema(allowUnusedResolvers);
        return (schema, assembler.Errors);
    }

    /// <summary>Builds the introspection types from their SDL (no schema, no validation).</summary>
    public static Dictionary<string, GraphQLNamedType> BuildIntrospectionTypes(Document document, ResolverMap resolvers)
    {
        var assembler = new SchemaAssembler(document, resolvers, buildingIntrospection: true);
        assembler.BuildTypes();
        if (assembler._errors.Count > 0)
        {
            throw new InvalidOperationException("Introspection SDL is invalid: " + assembler._errors[0].Message);
        }

        return assembler._types;
    }

    private GraphQLSchema BuildSchema(bool allowUnusedResolvers)
    {
        BuildTypes();
        var directives = new List<GraphQLDirective>();
        foreach (var definition in _document.Definitions.OfType<DirectiveDefinition>())
        {
            directives.Add(BuildDirective(definition));
        }

        foreach (var specified in GraphQLDirective.Specified)
        {
            if (directives.All(d => d.Name != specified.Name))
            {
                directives.Add(specified);
            }
        }

        ResolvePendingDefaults();

        var schemaDefinition = _document.Definitions.OfType<SchemaDefinition>().FirstOrDefault();
        var schemaExtensions = _document.Definitions.OfType<SchemaExtension>().ToList();
        GraphQLNamedType? query = null, mutation = null, subscription = null;
        IEnumerable<OperationTypeDefinition> operationTypes = schemaExtensions.SelectMany(e => e.OperationTypes);
        if (schemaDefinition is not null)
        {
            operationTypes = schemaDefinition.OperationTypes.Concat(operationTypes);
        }

        foreach (var operationType in operationTypes)
        {
            var type = GetNamedType(operationType.Type.Name.Value);
            switch (operationType.Operation)
            {
                case OperationType.Query:
                    query = type;
                    break;
                case OperationType.Mutation:
                    mutation = type;
                    break;
                default:
                    subscription = type;
                    break;
            }
        }

        if (schemaDefinition is null)
        {
            // Without a schema definition, types named after the operations are the roots (as graphql-js does).
            foreach (var type in _typeOrder)
            {
                switch (type.Name)
                {
                    case "Query":
                        query = type;
                        break;
                    case "Mutation":
                        mutation = type;
                        break;
                    case "Subscription":
                        subscription = type;
                        break;
                }
            }
        }

        AttachResolvers(allowUnusedResolvers);

        return new GraphQLSchema(
            query,
            mutation,
            subscription,
            _typeOrder,
            directives,
            schemaDefinition?.Description?.Value,
            schemaDefinition,
            schemaExtensions);
    }

    private void BuildTypes()
    {
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode typeDefinition:
                    _definitions.TryAdd(typeDefinition.Name.Value, typeDefinition);
                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        _extensions[extension.Name.Value] = list = new List<TypeExtensionNode>();
                    }

                    list.Add(extension);
                    break;
            }
        }

        // First create every type (so that references can be resolved), then fill in their members.
        foreach (var definition in _document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = definition.Name.Value;
            if (_types.ContainsKey(name))
            {
                continue;
            }

            // As in graphql-js, redefining a specified scalar or an introspection type keeps the standard one.
            var type = (GraphQLNamedType?)BuiltInScalars.GetSpecified(name) ?? StandardIntrospectionType(name) ?? CreateType(definition);
            _types[name] = type;
            _typeOrder.Add(type);
        }

        foreach (var type in _typeOrder)
        {
            if (type.IsFrozen)
            {
                continue; // a specified scalar redeclared in SDL
            }

            var definition = _definitions[type.Name];
            var extensions = _extensions.GetValueOrDefault(type.Name) ?? new List<TypeExtensionNode>();
            foreach (var extension in extensions)
            {
                type.AddExtensionAstNode(extension);
            }

            switch (type)
            {
                case GraphQLScalarType scalar:
                    FillScalar(scalar, definition);
                    break;
                case GraphQLComplexType complex:
                    FillComplex(complex, definition, extensions);
                    break;
                case GraphQLUnionType union:
                    foreach (var member in ((UnionTypeDefinition)definition).Types
                                 .Concat(extensions.OfType<UnionTypeExtension>().SelectMany(e => e.Types)))
                    {
                        union.AddType(GetNamedType(member.Name.Value));
                    }

                    break;
                case GraphQLEnumType enumType:
                    FillEnum(enumType, (EnumTypeDefinition)definition, extensions);
                    break;
                case GraphQLInputObjectType input:
                    input.IsOneOf = FindDirective(definition, "oneOf") is not null;
                    foreach (var field in ((InputObjectTypeDefinition)definition).Fields
                                 .Concat(extensions.OfType<InputObjectTypeExtension>().SelectMany(e => e.Fields)))
                    {
                        var inputField = new GraphQLInputField(field.Name.Value, GetType(field.Type))
                        {
                            Description = field.Description?.Value,
                            DefaultValueLiteral = field.DefaultValue,
                            DeprecationReason = GetDeprecationReason(field),
                            AstNode = field,
                        };
                        input.AddField(inputField);
                        if (field.DefaultValue is not null)
                        {
                            _pendingDefaults.Add((inputField, input, $"{input.Name}.{field.Name.Value}"));
                        }
                    }

                    break;
            }
        }

        if (_buildingIntrospection)
        {
            ResolvePendingDefaults();
        }
    }

    private GraphQLNamedType CreateType(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        GraphQLNamedType type = definition switch
        {
            ScalarTypeDefinition => _resolvers.GetScalar(name) is { } custom
                ? custom
                : BuiltInScalars.CreateExtra(name, description) ?? new GraphQLScalarType(name, description),
            ObjectTypeDefinition => new GraphQLObjectType(name, description),
            InterfaceTypeDefinition => new GraphQLInterfaceType(name, description),
            UnionTypeDefinition => new GraphQLUnionType(name, description),
            EnumTypeDefinition => new GraphQLEnumType(name, description),
            InputObjectTypeDefinition => new GraphQLInputObjectType(name, description),
            _ => throw new InvalidOperationException($"Unexpected type definition {definition.Kind}."),
        };
        if (!type.IsFrozen)
        {
            // A scalar from the resolver map that an earlier schema already uses keeps its first SDL details.
            type.Description = description;
            type.AstNode = definition;
        }

        return type;
    }

    private void FillScalar(GraphQLScalarType scalar, TypeDefinitionNode definition)
    {
        // Like graphql-js, only the definition's @specifiedBy counts (extensions in the same document are recorded, not read).
        scalar.SpecifiedByUrl = GetStringArgument(definition, "specifiedBy", "url");
    }

    private void FillComplex(GraphQLComplexType type, TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        var (interfaces, fields) = definition switch
        {
            ObjectTypeDefinition o => (o.Interfaces, o.Fields),
            InterfaceTypeDefinition i => (i.Interfaces, i.Fields),
            _ => throw new InvalidOperationException("Expected an object or interface definition."),
        };
        var allInterfaces = interfaces.AsEnumerable();
        var allFields = fields.AsEnumerable();
        foreach (var extension in extensions)
        {
            switch (extension)
            {
                case ObjectTypeExtension o:
                    allInterfaces = allInterfaces.Concat(o.Interfaces);
                    allFields = allFields.Concat(o.Fields);
                    break;
                case InterfaceTypeExtension i:
                    allInterfaces = allInterfaces.Concat(i.Interfaces);
                    allFields = allFields.Concat(i.Fields);
                    break;
            }
        }

        foreach (var reference in allInterfaces)
        {
            // Naming a non-interface here is reported by schema validation; keep only real interfaces.
            if (GetNamedType(reference.Name.Value) is GraphQLInterfaceType iface)
            {
                type.AddInterface(iface);
            }
            else
            {
                _errors.Add(new GraphQLError(
                    $"Type {type.Name} must only implement Interface types, it cannot implement {reference.Name.Value}.",
                    reference));
            }
        }

        foreach (var field in allFields)
        {
            var arguments = BuildArguments(field.Arguments, $"{type.Name}.{field.Name.Value}");
            type.AddField(new GraphQLField(field.Name.Value, GetType(field.Type), arguments)
            {
                Description = field.Description?.Value,
                DeprecationReason = GetDeprecationReason(field),
                AstNode = field,
            });
        }
    }

    private void FillEnum(GraphQLEnumType enumType, EnumTypeDefinition definition, List<TypeExtensionNode> extensions)
    {
        var internalValues = _resolvers.GetEnumValues(enumType.Name);
        foreach (var value in definition.Values.Concat(extensions.OfType<EnumTypeExtension>().SelectMany(e => e.Values)))
        {
            var name = value.Name.Value;
            enumType.AddValue(new GraphQLEnumValue(name, internalValues?.GetValueOrDefault(name))
            {
                Description = value.Description?.Value,
                DeprecationReason = GetDeprecationReason(value),
                AstNode = value,
            });
        }

        if (internalValues is not null)
        {
            foreach (var name in internalValues.Keys)
            {
                if (enumType.GetValue(name) is null)
                {
                    _errors.Add(new GraphQLError(
                        $"Resolver map gives an internal value for \"{enumType.Name}.{name}\", but enum \"{enumType.Name}\" has no such value." +
                        Suggestions.DidYouMean(Suggestions.SuggestionList(name, enumType.Values.Select(v => v.Name)))));
                }
            }
        }
    }

    private List<GraphQLArgument> BuildArguments(IReadOnlyList<InputValueDefinition> definitions, string parentCoordinate)
    {
        var arguments = new List<GraphQLArgument>(definitions.Count);
        foreach (var definition in definitions)
        {
            var argument = new GraphQLArgument(definition.Name.Value, GetType(definition.Type))
            {
                Description = definition.Description?.Value,
                DefaultValueLiteral = definition.DefaultValue,
                DeprecationReason = GetDeprecationReason(definition),
                AstNode = definition,
            };
            arguments.Add(argument);
            if (definition.DefaultValue is not null)
            {
                _pendingDefaults.Add((argument, null, $"{parentCoordinate}({definition.Name.Value}:)"));
            }
        }

        return arguments;
    }

    private GraphQLDirective BuildDirective(DirectiveDefinition definition)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var name in definition.Locations)
        {
            if (DirectiveLocations.TryParse(name.Value, out var location))
            {
                locations.Add(location);
            }
        }

        return new GraphQLDirective(
            definition.Name.Value,
            locations,
            BuildArguments(definition.Arguments, "@" + definition.Name.Value),
            definition.Repeatable,
            definition.Description?.Value)
        {
            AstNode = definition,
        };
    }

    /// <summary>Coerces every default value, input objects first (their field defaults feed other defaults).</summary>
    private void ResolvePendingDefaults()
    {
        foreach (var type in _typeOrder.OfType<GraphQLInputObjectType>())
        {
            ResolveInputObjectDefaults(type);
        }

        foreach (var pending in _pendingDefaults)
        {
            if (pending.Owner is null)
            {
                ResolveDefault(pending.Value, pending.Coordinate);
            }
        }
    }

    private void ResolveInputObjectDefaults(GraphQLInputObjectType type)
    {
        if (_defaultsDone.Contains(type) || !_defaultsInProgress.Add(type))
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.DefaultValueLiteral is null)
            {
                continue;
            }

            foreach (var dependency in InputObjectsIn(field.Type))
            {
                ResolveInputObjectDefaults(dependency);
            }

            ResolveDefault(field, $"{type.Name}.{field.Name}");
        }

        _defaultsInProgress.Remove(type);
        _defaultsDone.Add(type);
    }

    private static IEnumerable<GraphQLInputObjectType> InputObjectsIn(GraphQLType type)
    {
        if (type.NamedType is GraphQLInputObjectType input)
        {
            yield return input;
            foreach (var field in input.Fields)
            {
                if (field.Type.NamedType is GraphQLInputObjectType nested && !ReferenceEquals(nested, input))
                {
                    yield return nested;
                }
            }
        }
    }

    private void ResolveDefault(GraphQLInputValue value, string coordinate)
    {
        var literal = value.DefaultValueLiteral!;
        if (AstValues.TryValueFromAst(literal, value.Type, null, out var coerced))
        {
            value.DefaultValue = coerced;
            return;
        }

        _errors.Add(new GraphQLError(
            $"Default value {Printer.Print(literal)} of \"{coordinate}\" is not a valid value of type \"{value.Type}\".",
            literal));
    }

    private void AttachResolvers(bool allowUnusedResolvers)
    {
        foreach (var (coordinate, resolver) in _resolvers.FieldResolvers)
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            var typeName = coordinate.Substring(0, dot);
            var fieldName = coordinate.Substring(dot + 1);
            var type = _types.GetValueOrDefault(typeName);
            if (type is GraphQLObjectType obj && obj.GetField(fieldName) is { } field)
            {
                field.Resolver = resolver;
            }
            else if (!allowUnusedResolvers)
            {
                var hint = type is GraphQLComplexType complex
                    ? Suggestions.DidYouMean(Suggestions.SuggestionList(fieldName, complex.Fields.Select(f => f.Name)))
                    : Suggestions.DidYouMean(Suggestions.SuggestionList(typeName, _types.Keys));
                var what = type is GraphQLInterfaceType
                    ? $"Resolver \"{coordinate}\" is registered on interface \"{typeName}\"; register it on the object types that implement it."
                    : $"Resolver \"{coordinate}\" does not match any object type field in the schema." + hint;
                _errors.Add(new GraphQLError(what));
            }
        }

        foreach (var (typeName, resolver) in _resolvers.TypeResolvers)
        {
            switch (_types.GetValueOrDefault(typeName))
            {
                case GraphQLInterfaceType iface:
                    iface.ResolveType = resolver;
                    break;
                case GraphQLUnionType union:
                    union.ResolveType = resolver;
                    break;
                default:
                    if (!allowUnusedResolvers)
                    {
                        _errors.Add(new GraphQLError(
                            $"Type resolver \"{typeName}\" does not match any interface or union in the schema." +
                            Suggestions.DidYouMean(Suggestions.SuggestionList(typeName,
                                _types.Values.Where(t => t.IsAbstractType).Select(t => t.Name)))));
                    }

                    break;
            }
        }

        foreach (var name in _resolvers.Scalars.Keys)
        {
            if (!allowUnusedResolvers && _types.GetValueOrDefault(name) is not GraphQLScalarType)
            {
                _errors.Add(new GraphQLError($"Scalar implementation \"{name}\" does not match any scalar declared in the schema."));
            }
        }

        foreach (var name in _resolvers.EnumNames)
        {
            if (!allowUnusedResolvers && _types.GetValueOrDefault(name) is not GraphQLEnumType)
            {
                _errors.Add(new GraphQLError($"Enum values are registered for \"{name}\", which is not an enum in the schema."));
            }
        }
    }

    private GraphQLNamedType GetNamedType(string name)
    {
        if (BuiltInScalars.GetSpecified(name) is { } specified)
        {
            return specified;
        }

        if (StandardIntrospectionType(name) is { } introspection)
        {
            return introspection;
        }

        // SDL validation guarantees every referenced type exists.
        return _types.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"Unknown type \"{name}\".");
    }

    private GraphQLNamedType? StandardIntrospectionType(string name) =>
        !_buildingIntrospection && name.StartsWith("__", StringComparison.Ordinal)
            ? IntrospectionTypes.All.FirstOrDefault(t => t.Name == name)
            : null;

    private GraphQLType GetType(TypeNode node) => node switch
    {
        NamedType named => GetNamedType(named.Name.Value),
        ListType list => GetType(list.Type).ListOf(),
        NonNullType nonNull => GetType(nonNull.Type).NonNull(),
        _ => throw new InvalidOperationException($"Unexpected type node {node.Kind}."),
    };

    /// <summary>The <c>reason</c> of an applied <c>@deprecated</c>: its default when omitted, null when absent or null.</summary>
    private string? GetDeprecationReason(IHasDirectives node)
    {
        var directive = FindDirective(node, "deprecated");
        if (directive is null)
        {
            return null;
        }

        var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
        switch (argument?.Value)
        {
            case null:
                return GraphQLDirective.DefaultDeprecationReason;
            case StringValue s:
                return s.Value;
            case NullValue:
                return null;
            default:
                _errors.Add(new GraphQLError(
                    $"Argument \"@deprecated(reason:)\" has invalid value {Printer.Print(argument.Value)}.", argument.Value));
                return null;
        }
    }

    private string? GetStringArgument(IHasDirectives node, string directiveName, string argumentName)
    {
        var directive = FindDirective(node, directiveName);
        var argument = directive?.Arguments.FirstOrDefault(a => a.Name.Value == argumentName);
        if (argument is null)
        {
            return null;
        }

        if (argument.Value is StringValue s)
        {
            return s.Value;
        }

        _errors.Add(new GraphQLError(
            $"Argument \"@{directiveName}({argumentName}:)\" has invalid value {Printer.Print(argument.Value)}.", argument.Value));
        return null;
    }

    private static Directive? FindDirective(IHasDirectives node, string name)
    {
        foreach (var directive in node.Directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }
}
