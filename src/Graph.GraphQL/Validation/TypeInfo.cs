using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Follows the schema while a document is walked: for the node being visited it knows the output type, the enclosing
/// composite type, the field definition, the expected input type (and the one enclosing it), the default value of the
/// argument or input field being filled, the directive, the argument and the enum value. Call <see cref="Enter"/>
/// before a node's children and <see cref="Leave"/> after them. Anything the schema does not know becomes null
/// rather than an error, because validation runs on documents that may be wrong.
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = new();
    private readonly List<GraphQLNamedType?> _parentTypeStack = new();
    private readonly List<GraphQLType?> _inputTypeStack = new();
    private readonly List<GraphQLField?> _fieldDefStack = new();
    private readonly List<GraphQLInputValue?> _defaultValueStack = new();

    /// <summary>Creates a tracker for <paramref name="schema"/>.</summary>
    public TypeInfo(GraphQLSchema schema)
    {
        _schema = schema ?? throw new ArgumentNullException(nameof(schema));
    }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public GraphQLNamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current value position.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing <see cref="InputType"/> (a list or input object), if any.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public GraphQLField? FieldDef => Top(_fieldDefStack);

    /// <summary>
    /// True when the argument or input field being filled declares a default value (list items never do), which is
    /// what lets a nullable variable be used where a non-null value is expected.
    /// </summary>
    public bool HasDefaultValue => Top(_defaultValueStack)?.HasDefaultValue ?? false;

    /// <summary>The coerced default value of the argument or input field being filled, or null.</summary>
    public object? DefaultValue => Top(_defaultValueStack)?.DefaultValue;

    /// <summary>The directive being visited, when the schema defines it.</summary>
    public GraphQLDirective? Directive { get; private set; }

    /// <summary>The argument definition being visited.</summary>
    public GraphQLArgument? Argument { get; private set; }

    /// <summary>The enum value being visited.</summary>
    public GraphQLEnumValue? EnumValue { get; private set; }

    /// <summary>Updates the state for entering <paramref name="node"/>.</summary>
    public void Enter(Node node)
    {
        switch (node.Kind)
        {
            case Kind.SelectionSet:
            {
                var named = Type?.NamedType;
                _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
                break;
            }

            case Kind.Field:
            {
                var parentType = ParentType;
                GraphQLField? fieldDef = null;
                if (parentType is not null)
                {
                    fieldDef = _schema.GetFieldDefinition(parentType, ((Field)node).Name.Value);
                }

                _fieldDefStack.Add(fieldDef);
                var fieldType = fieldDef?.Type;
                _typeStack.Add(fieldType is { IsOutputType: true } ? fieldType : null);
                break;
            }

            case Kind.Directive:
                Directive = _schema.GetDirective(((Directive)node).Name.Value);
                break;

            case Kind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinition)node).Operation));
                break;

            case Kind.InlineFragment:
            {
                var condition = ((InlineFragment)node).TypeCondition;
                var outputType = condition is not null ? _schema.GetTypeFromAst(condition) : Type?.NamedType;
                _typeStack.Add(outputType is { IsOutputType: true } ? outputType : null);
                break;
            }

            case Kind.FragmentDefinition:
            {
                var outputType = _schema.GetTypeFromAst(((FragmentDefinition)node).TypeCondition);
                _typeStack.Add(outputType is { IsOutputType: true } ? outputType : null);
                break;
            }

            case Kind.VariableDefinition:
            {
                var inputType = _schema.GetTypeFromAst(((VariableDefinition)node).Type);
                _inputTypeStack.Add(inputType is { IsInputType: true } ? inputType : null);
                break;
            }

            case Kind.Argument:
            {
                // Arguments belong to the directive when inside one, else to the field (as graphql-js resolves them).
                var name = ((Argument)node).Name.Value;
                GraphQLArgument? argDef = null;
                if (Directive is { } directive)
                {
                    argDef = directive.GetArgument(name);
                }
                else if (FieldDef is { } field)
                {
                    argDef = field.GetArgument(name);
                }

                Argument = argDef;
                _defaultValueStack.Add(argDef);
                var argType = argDef?.Type;
                _inputTypeStack.Add(argType is { IsInputType: true } ? argType : null);
                break;
            }

            case Kind.ListValue:
            {
                var listType = InputType?.NullableType;
                var itemType = listType is GraphQLList list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            }

            case Kind.ObjectField:
            {
                GraphQLInputField? inputField = null;
                if (InputType?.NamedType is GraphQLInputObjectType objectType)
                {
                    inputField = objectType.GetField(((ObjectField)node).Name.Value);
                }

                _defaultValueStack.Add(inputField);
                var fieldType = inputField?.Type;
                _inputTypeStack.Add(fieldType is { IsInputType: true } ? fieldType : null);
                break;
            }

            case Kind.EnumValue:
                EnumValue = InputType?.NamedType is GraphQLEnumType enumType
                    ? enumType.GetValue(((EnumValue)node).Value)
                    : null;
                break;
        }
    }

    /// <summary>Restores the state for leaving <paramref name="node"/>.</summary>
    public void Leave(Node node)
    {
        switch (node.Kind)
        {
            case Kind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case Kind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case Kind.Directive:
                Directive = null;
                break;
            case Kind.OperationDefinition:
            case Kind.InlineFragment:
            case Kind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case Kind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case Kind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case Kind.ListValue:
            case Kind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case Kind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    private static T? Top<T>(List<T?> stack)
        where T : class =>
        stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
