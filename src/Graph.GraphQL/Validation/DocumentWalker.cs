using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Depth-first walk over a document in graphql-js's child order, without descriptions (the spec says they must not
/// affect validation). Dispatches on <see cref="Node.Kind"/> rather than on the node's runtime type, which keeps the
/// per-node cost to a jump table. Returning false from <see cref="Enter"/> skips the node's children and its
/// <see cref="Leave"/>.
/// </summary>
internal abstract class DocumentWalker
{
    private readonly List<Node> _ancestors = new();

    /// <summary>The nodes enclosing the node being visited, outermost first.</summary>
    public IReadOnlyList<Node> Ancestors => _ancestors;

    /// <summary>The node directly enclosing the node being visited, or null at the root.</summary>
    protected Node? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    /// <summary>Called before a node's children; false skips them and the node's <see cref="Leave"/>.</summary>
    protected abstract bool Enter(Node node);

    /// <summary>Called after a node's children.</summary>
    protected abstract void Leave(Node node);

    /// <summary>Walks <paramref name="node"/> and everything below it.</summary>
    public void Walk(Node node)
    {
        StackGuard.EnsureStack();
        if (!Enter(node))
        {
            return;
        }

        _ancestors.Add(node);
        WalkChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(node);
    }

    private void Optional(Node? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }

    private void All<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }

    private void WalkChildren(Node node)
    {
        switch (node.Kind)
        {
            case Kind.Document:
                All(((Document)node).Definitions);
                break;
            case Kind.OperationDefinition:
            {
                var n = (OperationDefinition)node;
                Optional(n.Name);
                All(n.VariableDefinitions);
                All(n.Directives);
                Walk(n.SelectionSet);
                break;
            }

            case Kind.VariableDefinition:
            {
                var n = (VariableDefinition)node;
                Walk(n.Variable);
                Walk(n.Type);
                Optional(n.DefaultValue);
                All(n.Directives);
                break;
            }

            case Kind.Variable:
                Walk(((Variable)node).Name);
                break;
            case Kind.SelectionSet:
                All(((SelectionSet)node).Selections);
                break;
            case Kind.Field:
            {
                var n = (Field)node;
                Optional(n.Alias);
                Walk(n.Name);
                All(n.Arguments);
                All(n.Directives);
                Optional(n.SelectionSet);
                break;
            }

            case Kind.Argument:
            {
                var n = (Argument)node;
                Walk(n.Name);
                Walk(n.Value);
                break;
            }

            case Kind.FragmentSpread:
            {
                var n = (FragmentSpread)node;
                Walk(n.Name);
                All(n.Directives);
                break;
            }

            case Kind.InlineFragment:
            {
                var n = (InlineFragment)node;
                Optional(n.TypeCondition);
                All(n.Directives);
                Walk(n.SelectionSet);
                break;
            }

            case Kind.FragmentDefinition:
            {
                var n = (FragmentDefinition)node;
                Walk(n.Name);
                Walk(n.TypeCondition);
                All(n.Directives);
                Walk(n.SelectionSet);
                break;
            }

            case Kind.ListValue:
                All(((ListValue)node).Values);
                break;
            case Kind.ObjectValue:
                All(((ObjectValue)node).Fields);
                break;
            case Kind.ObjectField:
            {
                var n = (ObjectField)node;
                Walk(n.Name);
                Walk(n.Value);
                break;
            }

            case Kind.Directive:
            {
                var n = (Directive)node;
                Walk(n.Name);
                All(n.Arguments);
                break;
            }

            case Kind.NamedType:
                Walk(((NamedType)node).Name);
                break;
            case Kind.ListType:
                Walk(((ListType)node).Type);
                break;
            case Kind.NonNullType:
                Walk(((NonNullType)node).Type);
                break;
            default:
                WalkTypeSystemChildren(node);
                break;
        }
    }

    private void WalkTypeSystemChildren(Node node)
    {
        switch (node)
        {
            case SchemaDefinition n:
                All(n.Directives);
                All(n.OperationTypes);
                break;
            case OperationTypeDefinition n:
                Walk(n.Type);
                break;
            case ScalarTypeDefinition n:
                Walk(n.Name);
                All(n.Directives);
                break;
            case ObjectTypeDefinition n:
                Walk(n.Name);
                All(n.Interfaces);
                All(n.Directives);
                All(n.Fields);
                break;
            case FieldDefinition n:
                Walk(n.Name);
                All(n.Arguments);
                Walk(n.Type);
                All(n.Directives);
                break;
            case InputValueDefinition n:
                Walk(n.Name);
                Walk(n.Type);
                Optional(n.DefaultValue);
                All(n.Directives);
                break;
            case InterfaceTypeDefinition n:
                Walk(n.Name);
                All(n.Interfaces);
                All(n.Directives);
                All(n.Fields);
                break;
            case UnionTypeDefinition n:
                Walk(n.Name);
                All(n.Directives);
                All(n.Types);
                break;
            case EnumTypeDefinition n:
                Walk(n.Name);
                All(n.Directives);
                All(n.Values);
                break;
            case EnumValueDefinition n:
                Walk(n.Name);
                All(n.Directives);
                break;
            case InputObjectTypeDefinition n:
                Walk(n.Name);
                All(n.Directives);
                All(n.Fields);
                break;
            case DirectiveDefinition n:
                Walk(n.Name);
                All(n.Arguments);
                All(n.Locations);
                break;
            case SchemaExtension n:
                All(n.Directives);
                All(n.OperationTypes);
                break;
            case ScalarTypeExtension n:
                Walk(n.Name);
                All(n.Directives);
                break;
            case ObjectTypeExtension n:
                Walk(n.Name);
                All(n.Interfaces);
                All(n.Directives);
                All(n.Fields);
                break;
            case InterfaceTypeExtension n:
                Walk(n.Name);
                All(n.Interfaces);
                All(n.Directives);
                All(n.Fields);
                break;
            case UnionTypeExtension n:
                Walk(n.Name);
                All(n.Directives);
                All(n.Types);
                break;
            case EnumTypeExtension n:
                Walk(n.Name);
                All(n.Directives);
                All(n.Values);
                break;
            case InputObjectTypeExtension n:
                Walk(n.Name);
                All(n.Directives);
                All(n.Fields);
                break;

            // Name and scalar values have no children.
        }
    }
}
