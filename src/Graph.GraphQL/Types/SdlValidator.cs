using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// The checks graphql-js runs on an SDL document before building a schema from it (its <c>specifiedSDLRules</c>),
/// with the same messages: one schema definition, unique operation types, type names, field/argument/enum value
/// names and directive names, known types and directives, directives used in allowed locations and at most once
/// unless repeatable, extensions of existing types of the right kind, known, unique and required directive
/// arguments, and unique input field names in literals.
/// </summary>
internal sealed class SdlValidator
{
    private static readonly string[] StandardTypeNames =
    {
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
    };

    private readonly Document _document;
    private readonly List<GraphQLError> _errors = new();
    private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveInfo> _directives = new(StringComparer.Ordinal);

    private SdlValidator(Document document)
    {
        _document = document;
    }

    /// <summary>Returns every problem found, in rule order.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Document document)
    {
        var validator = new SdlValidator(document);
        validator.Run();
        return validator._errors;
    }

    private void Report(string message, params Node?[] nodes) =>
        _errors.Add(new GraphQLError(message, nodes.Where(n => n is not null).Cast<Node>().ToArray()));

    private void Run()
    {
        foreach (var definition in _document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _definedTypes.TryAdd(type.Name.Value, type);
            }
        }

        foreach (var directive in GraphQLDirective.Specified)
        {
            _directives[directive.Name] = DirectiveInfo.From(directive);
        }

        foreach (var definition in _document.Definitions.OfType<DirectiveDefinition>())
        {
            _directives[definition.Name.Value] = DirectiveInfo.From(definition);
        }

        CheckLoneSchemaDefinition();
        CheckUniqueOperationTypes();
        CheckUniqueTypeNames();
        CheckUniqueEnumValueNames();
        CheckUniqueFieldDefinitionNames();
        CheckUniqueArgumentDefinitionNames();
        CheckUniqueDirectiveNames();
        CheckKnownTypeNames();
        CheckDirectiveApplications();
        CheckPossibleTypeExtensions();
        CheckUniqueInputFieldNames();
    }

    private void CheckLoneSchemaDefinition()
    {
        var seen = 0;
        foreach (var definition in _document.Definitions.OfType<SchemaDefinition>())
        {
            if (seen++ > 0)
            {
                Report("Must provide only one schema definition.", definition);
            }
        }
    }

    private void CheckUniqueOperationTypes()
    {
        var defined = new Dictionary<OperationType, OperationTypeDefinition>();
        foreach (var definition in _document.Definitions)
        {
            var operationTypes = definition switch
            {
                SchemaDefinition s => s.OperationTypes,
                SchemaExtension e => e.OperationTypes,
                _ => null,
            };
            if (operationTypes is null)
            {
                continue;
            }

            foreach (var operationType in operationTypes)
            {
                if (defined.TryGetValue(operationType.Operation, out var previous))
                {
                    Report($"There can be only one {Printer.OperationName(operationType.Operation)} type in schema.", previous, operationType);
                }
                else
                {
                    defined[operationType.Operation] = operationType;
                }
            }
        }
    }

    private void CheckUniqueTypeNames()
    {
        var known = new Dictionary<string, Name>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = definition.Name;
            if (known.TryGetValue(name.Value, out var previous))
            {
                Report($"There can be only one type named \"{name.Value}\".", previous, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }
    }

    private void CheckUniqueEnumValueNames()
    {
        var known = new Dictionary<string, Dictionary<string, Name>>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions)
        {
            var (typeName, values) = definition switch
            {
                EnumTypeDefinition d => (d.Name.Value, d.Values),
                EnumTypeExtension e => (e.Name.Value, e.Values),
                _ => (null, null),
            };
            if (typeName is null)
            {
                continue;
            }

            if (!known.TryGetValue(typeName, out var names))
            {
                known[typeName] = names = new Dictionary<string, Name>(StringComparer.Ordinal);
            }

            foreach (var value in values!)
            {
                if (names.TryGetValue(value.Name.Value, out var previous))
                {
                    Report($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", previous, value.Name);
                }
                else
                {
                    names[value.Name.Value] = value.Name;
                }
            }
        }
    }

    private void CheckUniqueFieldDefinitionNames()
    {
        var known = new Dictionary<string, Dictionary<string, Name>>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions)
        {
            var (typeName, names) = definition switch
            {
                ObjectTypeDefinition d => (d.Name.Value, d.Fields.Select(f => f.Name)),
                ObjectTypeExtension d => (d.Name.Value, d.Fields.Select(f => f.Name)),
                InterfaceTypeDefinition d => (d.Name.Value, d.Fields.Select(f => f.Name)),
                InterfaceTypeExtension d => (d.Name.Value, d.Fields.Select(f => f.Name)),
                InputObjectTypeDefinition d => (d.Name.Value, d.Fields.Select(f => f.Name)),
                InputObjectTypeExtension d => (d.Name.Value, d.Fields.Select(f => f.Name)),
                _ => (null, null),
            };
            if (typeName is null)
            {
                continue;
            }

            if (!known.TryGetValue(typeName, out var fields))
            {
                known[typeName] = fields = new Dictionary<string, Name>(StringComparer.Ordinal);
            }

            foreach (var name in names!)
            {
                if (fields.TryGetValue(name.Value, out var previous))
                {
                    Report($"Field \"{typeName}.{name.Value}\" can only be defined once.", previous, name);
                }
                else
                {
                    fields[name.Value] = name;
                }
            }
        }
    }

    private void CheckUniqueArgumentDefinitionNames()
    {
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinition directive:
                    CheckArgumentDefinitions("@" + directive.Name.Value, directive.Arguments);
                    break;
                case ObjectTypeDefinition or ObjectTypeExtension or InterfaceTypeDefinition or InterfaceTypeExtension:
                    var (typeName, fields) = definition switch
                    {
                        ObjectTypeDefinition d => (d.Name.Value, d.Fields),
                        ObjectTypeExtension d => (d.Name.Value, d.Fields),
                        InterfaceTypeDefinition d => (d.Name.Value, d.Fields),
                        InterfaceTypeExtension d => (d.Name.Value, d.Fields),
                        _ => (string.Empty, Array.Empty<FieldDefinition>()),
                    };
                    foreach (var field in fields)
                    {
                        CheckArgumentDefinitions($"{typeName}.{field.Name.Value}", field.Arguments);
                    }

                    break;
            }
        }
    }

    private void CheckArgumentDefinitions(string parentName, IReadOnlyList<InputValueDefinition> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            Report($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", group.Select(a => (Node?)a.Name).ToArray());
        }
    }

    private void CheckUniqueDirectiveNames()
    {
        var known = new Dictionary<string, Name>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions.OfType<DirectiveDefinition>())
        {
            var name = definition.Name;
            if (known.TryGetValue(name.Value, out var previous))
            {
                Report($"There can be only one directive named \"@{name.Value}\".", previous, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }
    }

    private void CheckKnownTypeNames()
    {
        var candidates = StandardTypeNames.Concat(_definedTypes.Keys).ToList();
        foreach (var definition in _document.Definitions)
        {
            if (definition is not (TypeSystemDefinitionNode or TypeSystemExtensionNode))
            {
                continue;
            }

            foreach (var named in NamedTypesIn(definition))
            {
                var name = named.Name.Value;
                if (_definedTypes.ContainsKey(name) || StandardTypeNames.Contains(name))
                {
                    continue;
                }

                Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.SuggestionList(name, candidates)), named);
            }
        }
    }

    private static IEnumerable<NamedType> NamedTypesIn(DefinitionNode definition)
    {
        var collector = new NamedTypeCollector();
        collector.Walk(definition);
        return collector.Found;
    }

    private void CheckDirectiveApplications()
    {
        // Non-repeatable directives seen per type (definition and extensions share one set) or per schema.
        var seenPerType = new Dictionary<string, Dictionary<string, Directive>>(StringComparer.Ordinal);
        var seenOnSchema = new Dictionary<string, Directive>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinition or SchemaExtension:
                    CheckDirectives((IHasDirectives)definition, DirectiveLocation.Schema, seenOnSchema);
                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                    var typeName = definition is TypeDefinitionNode t ? t.Name.Value : ((TypeExtensionNode)definition).Name.Value;
                    if (!seenPerType.TryGetValue(typeName, out var seen))
                    {
                        seenPerType[typeName] = seen = new Dictionary<string, Directive>(StringComparer.Ordinal);
                    }

                    CheckTypeDirectives(definition, seen);
                    break;
                case DirectiveDefinition directive:
                    foreach (var argument in directive.Arguments)
                    {
                        CheckDirectives(argument, DirectiveLocation.ArgumentDefinition, null);
                    }

                    break;
            }
        }
    }

    private void CheckTypeDirectives(DefinitionNode definition, Dictionary<string, Directive> seen)
    {
        switch (definition)
        {
            case ScalarTypeDefinition or ScalarTypeExtension:
                CheckDirectives((IHasDirectives)definition, DirectiveLocation.Scalar, seen);
                break;
            case ObjectTypeDefinition or ObjectTypeExtension or InterfaceTypeDefinition or InterfaceTypeExtension:
                var location = definition is ObjectTypeDefinition or ObjectTypeExtension ? DirectiveLocation.Object : DirectiveLocation.Interface;
                CheckDirectives((IHasDirectives)definition, location, seen);
                var fields = definition switch
                {
                    ObjectTypeDefinition d => d.Fields,
                    ObjectTypeExtension d => d.Fields,
                    InterfaceTypeDefinition d => d.Fields,
                    InterfaceTypeExtension d => d.Fields,
                    _ => Array.Empty<FieldDefinition>(),
                };
                foreach (var field in fields)
                {
                    CheckDirectives(field, DirectiveLocation.FieldDefinition, null);
                    foreach (var argument in field.Arguments)
                    {
                        CheckDirectives(argument, DirectiveLocation.ArgumentDefinition, null);
                    }
                }

                break;
            case UnionTypeDefinition or UnionTypeExtension:
                CheckDirectives((IHasDirectives)definition, DirectiveLocation.Union, seen);
                break;
            case EnumTypeDefinition or EnumTypeExtension:
                CheckDirectives((IHasDirectives)definition, DirectiveLocation.Enum, seen);
                foreach (var value in definition is EnumTypeDefinition e ? e.Values : ((EnumTypeExtension)definition).Values)
                {
                    CheckDirectives(value, DirectiveLocation.EnumValue, null);
                }

                break;
            case InputObjectTypeDefinition or InputObjectTypeExtension:
                CheckDirectives((IHasDirectives)definition, DirectiveLocation.InputObject, seen);
                foreach (var field in definition is InputObjectTypeDefinition i ? i.Fields : ((InputObjectTypeExtension)definition).Fields)
                {
                    CheckDirectives(field, DirectiveLocation.InputFieldDefinition, null);
                }

                break;
        }
    }

    private void CheckDirectives(IHasDirectives node, DirectiveLocation location, Dictionary<string, Directive>? sharedSeen)
    {
        var seen = sharedSeen ?? new Dictionary<string, Directive>(StringComparer.Ordinal);
        foreach (var directive in node.Directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var info))
            {
                Report($"Unknown directive \"@{name}\".", directive);
                continue;
            }

            if (!info.Locations.Contains(location))
            {
                Report($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", directive);
            }

            if (!info.IsRepeatable)
            {
                if (seen.TryGetValue(name, out var previous))
                {
                    Report($"The directive \"@{name}\" can only be used once at this location.", previous, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }

            CheckDirectiveArguments(directive, info);
        }
    }

    private void CheckDirectiveArguments(Directive directive, DirectiveInfo info)
    {
        var name = directive.Name.Value;
        foreach (var argument in directive.Arguments)
        {
            if (!info.Arguments.ContainsKey(argument.Name.Value))
            {
                Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." +
                       Suggestions.DidYouMean(Suggestions.SuggestionList(argument.Name.Value, info.Arguments.Keys)), argument);
            }
        }

        foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
        {
            Report($"There can be only one argument named \"{group.Key}\".", group.Select(a => (Node?)a.Name).ToArray());
        }

        foreach (var (argumentName, argument) in info.Arguments)
        {
            if (argument.IsRequired && directive.Arguments.All(a => a.Name.Value != argumentName))
            {
                Report($"Directive \"@{name}\" argument \"{argumentName}\" of type \"{argument.TypeText}\" is required, but it was not provided.", directive);
            }
        }
    }

    private void CheckPossibleTypeExtensions()
    {
        foreach (var extension in _document.Definitions.OfType<TypeExtensionNode>())
        {
            var typeName = extension.Name.Value;
            if (!_definedTypes.TryGetValue(typeName, out var definition))
            {
                Report($"Cannot extend type \"{typeName}\" because it is not defined." +
                       Suggestions.DidYouMean(Suggestions.SuggestionList(typeName, _definedTypes.Keys)), extension.Name);
                continue;
            }

            var matches = (definition, extension) switch
            {
                (ScalarTypeDefinition, ScalarTypeExtension) => true,
                (ObjectTypeDefinition, ObjectTypeExtension) => true,
                (InterfaceTypeDefinition, InterfaceTypeExtension) => true,
                (UnionTypeDefinition, UnionTypeExtension) => true,
                (EnumTypeDefinition, EnumTypeExtension) => true,
                (InputObjectTypeDefinition, InputObjectTypeExtension) => true,
                _ => false,
            };
            if (!matches)
            {
                var kind = extension switch
                {
                    ScalarTypeExtension => "scalar",
                    ObjectTypeExtension => "object",
                    InterfaceTypeExtension => "interface",
                    UnionTypeExtension => "union",
                    EnumTypeExtension => "enum",
                    _ => "input object",
                };
                Report($"Cannot extend non-{kind} type \"{typeName}\".", definition, extension);
            }
        }
    }

    private void CheckUniqueInputFieldNames()
    {
        var walker = new ObjectValueCollector();
        foreach (var definition in _document.Definitions)
        {
            if (definition is TypeSystemDefinitionNode or TypeSystemExtensionNode)
            {
                walker.Walk(definition);
            }
        }

        foreach (var objectValue in walker.Found)
        {
            var known = new Dictionary<string, Name>(StringComparer.Ordinal);
            foreach (var field in objectValue.Fields)
            {
                if (known.TryGetValue(field.Name.Value, out var previous))
                {
                    Report($"There can be only one input field named \"{field.Name.Value}\".", previous, field.Name);
                }
                else
                {
                    known[field.Name.Value] = field.Name;
                }
            }
        }
    }

    /// <summary>What the checks need to know about a directive, from its SDL definition or a specified directive.</summary>
    private sealed record DirectiveInfo(IReadOnlySet<DirectiveLocation> Locations, bool IsRepeatable, IReadOnlyDictionary<string, ArgumentInfo> Arguments)
    {
        public static DirectiveInfo From(GraphQLDirective directive)
        {
            var arguments = new Dictionary<string, ArgumentInfo>(StringComparer.Ordinal);
            foreach (var argument in directive.Arguments)
            {
                arguments[argument.Name] = new ArgumentInfo(argument.IsRequired, $"{argument.Type}");
            }

            return new DirectiveInfo(directive.Locations.ToHashSet(), directive.IsRepeatable, arguments);
        }

        public static DirectiveInfo From(DirectiveDefinition definition)
        {
            var arguments = new Dictionary<string, ArgumentInfo>(StringComparer.Ordinal);
            foreach (var argument in definition.Arguments)
            {
                arguments.TryAdd(argument.Name.Value, new ArgumentInfo(
                    argument.Type is NonNullType && argument.DefaultValue is null,
                    Printer.Print(argument.Type)));
            }

            var locations = new HashSet<DirectiveLocation>();
            foreach (var name in definition.Locations)
            {
                if (DirectiveLocations.TryParse(name.Value, out var location))
                {
                    locations.Add(location);
                }
            }

            return new DirectiveInfo(locations, definition.Repeatable, arguments);
        }
    }

    private sealed record ArgumentInfo(bool IsRequired, string TypeText);

    private sealed class NamedTypeCollector : AstWalker
    {
        public List<NamedType> Found { get; } = new();

        protected override bool Enter(Node node)
        {
            if (node is NamedType named)
            {
                Found.Add(named);
                return false;
            }

            return true;
        }
    }

    private sealed class ObjectValueCollector : AstWalker
    {
        public List<ObjectValue> Found { get; } = new();

        protected override bool Enter(Node node)
        {
            if (node is ObjectValue value)
            {
                Found.Add(value);
            }

            return true;
        }
    }
}
