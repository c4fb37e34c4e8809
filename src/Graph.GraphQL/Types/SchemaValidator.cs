using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// The type system rules of the spec as graphql-js's <c>validateSchema</c> checks them, with its messages: a query
/// root object type, object root types, names not starting with <c>__</c>, at least one field/value/member, output
/// types for fields, input types for arguments and input fields, valid interface implementations (fields, argument
/// types, no extra required arguments, transitive interfaces, no self or cyclic implementation), union members that
/// are object types and appear once, required arguments/input fields not deprecated, <c>@oneOf</c> fields nullable
/// and without defaults, and no input object cycles through non-null fields.
/// </summary>
public static class SchemaValidator
{
    /// <summary>Every problem of the schema (empty when it is valid).</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    private sealed class Context
    {
        public Context(GraphQLSchema schema) => Schema = schema;

        public GraphQLSchema Schema { get; }

        public List<GraphQLError> Errors { get; } = new();

        public void Report(string message, params Node?[] nodes) =>
            Errors.Add(new GraphQLError(message, nodes.Where(n => n is not null).Cast<Node>().ToArray()));

        public void Report(string message, IEnumerable<Node?> nodes) => Report(message, nodes.ToArray());
    }

    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        var query = schema.DeclaredQueryType;
        if (query is null)
        {
            context.Report("Query root type must be provided.", schema.AstNode);
        }
        else if (query is not GraphQLObjectType)
        {
            context.Report($"Query root type must be Object type, it cannot be {query.Name}.",
                OperationTypeNode(schema, OperationType.Query) ?? query.AstNode);
        }

        if (schema.DeclaredMutationType is { } mutation and not GraphQLObjectType)
        {
            context.Report($"Mutation root type must be Object type if provided, it cannot be {mutation.Name}.",
                OperationTypeNode(schema, OperationType.Mutation) ?? mutation.AstNode);
        }

        if (schema.DeclaredSubscriptionType is { } subscription and not GraphQLObjectType)
        {
            context.Report($"Subscription root type must be Object type if provided, it cannot be {subscription.Name}.",
                OperationTypeNode(schema, OperationType.Subscription) ?? subscription.AstNode);
        }
    }

    private static Node? OperationTypeNode(GraphQLSchema schema, OperationType operation)
    {
        var nodes = (schema.AstNode?.OperationTypes ?? Array.Empty<OperationTypeDefinition>())
            .Concat(schema.ExtensionAstNodes.SelectMany(e => e.OperationTypes));
        return nodes.FirstOrDefault(n => n.Operation == operation)?.Type;
    }

    private static void ValidateName(Context context, string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    context.Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode);
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    context.Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateTypes(Context context)
    {
        var cycles = new InputObjectCycleDetector(context);
        foreach (var type in context.Schema.Types)
        {
            if (!type.IsIntrospectionType)
            {
                ValidateName(context, type.Name, type.AstNode);
            }

            switch (type)
            {
                case GraphQLComplexType complex:
                    ValidateFields(context, complex);
                    ValidateInterfaces(context, complex);
                    break;
                case GraphQLUnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case GraphQLEnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case GraphQLInputObjectType input:
                    ValidateInputFields(context, input);
                    cycles.Detect(input);
                    break;
            }
        }
    }

    private static IEnumerable<Node?> TypeNodes(GraphQLNamedType type) =>
        new Node?[] { type.AstNode }.Concat(type.ExtensionAstNodes);

    private static void ValidateFields(Context context, GraphQLComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", TypeNodes(type));
        }

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    context.Report(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type);
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    context.Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode), argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateInterfaces(Context context, GraphQLComplexType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, iface));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
                continue;
            }

            ValidateImplementsAncestors(context, type, iface);
            ValidateImplementsInterface(context, type, iface);
        }
    }

    private static void ValidateImplementsInterface(Context context, GraphQLComplexType type, GraphQLInterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                context.Report($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    new Node?[] { ifaceField.AstNode }.Concat(TypeNodes(type)));
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type, typeField.AstNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var argumentName = ifaceArgument.Name;
                var typeArgument = typeField.GetArgument(argumentName);
                if (typeArgument is null)
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        ifaceArgument.AstNode, typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argumentName}:) expects type {ifaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        ifaceArgument.AstNode?.Type, typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArgument.Name) is null && typeArgument.IsRequired)
                {
                    context.Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArgument.AstNode, ifaceField.AstNode);
                }
            }
        }
    }

    private static void ValidateImplementsAncestors(Context context, GraphQLComplexType type, GraphQLInterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                var message = ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
                context.Report(message, ImplementsNodes(iface, transitive).Concat(ImplementsNodes(type, iface)));
            }
        }
    }

    private static IEnumerable<Node?> ImplementsNodes(GraphQLNamedType type, GraphQLNamedType iface)
    {
        var nodes = new List<Node?>();
        if (type.AstNode is ObjectTypeDefinition o)
        {
            nodes.AddRange(o.Interfaces.Where(n => n.Name.Value == iface.Name));
        }
        else if (type.AstNode is InterfaceTypeDefinition i)
        {
            nodes.AddRange(i.Interfaces.Where(n => n.Name.Value == iface.Name));
        }

        foreach (var extension in type.ExtensionAstNodes)
        {
            var interfaces = extension switch
            {
                ObjectTypeExtension oe => oe.Interfaces,
                InterfaceTypeExtension ie => ie.Interfaces,
                _ => Array.Empty<NamedType>(),
            };
            nodes.AddRange(interfaces.Where(n => n.Name.Value == iface.Name));
        }

        return nodes;
    }

    private static void ValidateUnionMembers(Context context, GraphQLUnionType union)
    {
        if (union.DeclaredTypes.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", TypeNodes(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.DeclaredTypes)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
                continue;
            }

            if (member is not GraphQLObjectType)
            {
                context.Report($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.",
                    UnionMemberNodes(union, member.Name));
            }
        }
    }

    private static IEnumerable<Node?> UnionMemberNodes(GraphQLUnionType union, string memberName)
    {
        var nodes = new List<Node?>();
        if (union.AstNode is UnionTypeDefinition definition)
        {
            nodes.AddRange(definition.Types.Where(t => t.Name.Value == memberName));
        }

        foreach (var extension in union.ExtensionAstNodes.OfType<UnionTypeExtension>())
        {
            nodes.AddRange(extension.Types.Where(t => t.Name.Value == memberName));
        }

        return nodes;
    }

    private static void ValidateEnumValues(Context context, GraphQLEnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", TypeNodes(enumType));
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
        }
    }

    private static void ValidateInputFields(Context context, GraphQLInputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report($"Input Object type {input.Name} must define one or more fields.", TypeNodes(input));
        }

        foreach (var field in input.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType)
            {
                context.Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired && field.DeprecationReason is not null)
            {
                context.Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.",
                    DeprecatedDirectiveNode(field.AstNode), field.AstNode?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type.IsNonNull)
                {
                    context.Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    private static Node? DeprecatedDirectiveNode(IHasDirectives? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    /// <summary>Depth-first search for input objects that contain themselves through non-null fields.</summary>
    private sealed class InputObjectCycleDetector
    {
        private readonly Context _context;
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<GraphQLInputField> _path = new();
        private readonly Dictionary<string, int> _pathIndexByType = new(StringComparer.Ordinal);

        public InputObjectCycleDetector(Context context) => _context = context;

        public void Detect(GraphQLInputObjectType input)
        {
            if (!_visited.Add(input.Name))
            {
                return;
            }

            _pathIndexByType[input.Name] = _path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is GraphQLNonNull { OfType: GraphQLInputObjectType fieldType })
                {
                    _path.Add(field);
                    if (!_pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cycle = _path.Skip(cycleIndex).ToList();
                        var pathText = string.Join(".", cycle.Select(f => f.Name));
                        _context.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathText}\".",
                            cycle.Select(f => (Node?)f.AstNode));
                    }

                    _path.RemoveAt(_path.Count - 1);
                }
            }

            _pathIndexByType.Remove(input.Name);
        }
    }
}
