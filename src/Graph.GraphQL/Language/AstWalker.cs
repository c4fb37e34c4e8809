using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Language;

/// <summary>
/// Depth-first walk over an AST, visiting children in the order graphql-js does. Override <see cref="Enter"/> (return
/// false to skip a node's children and its <see cref="Leave"/>) and <see cref="Leave"/>; call <see cref="Stop"/> to end
/// the walk early. <see cref="Ancestors"/> holds the nodes above the current one, root first.
/// </summary>
public abstract class AstWalker
{
    private readonly List<Node> _ancestors = new();
    private bool _stopped;

    /// <summary>The nodes enclosing the node being visited, outermost first (the current node excluded).</summary>
    protected IReadOnlyList<Node> Ancestors => _ancestors;

    /// <summary>The node directly enclosing the node being visited, or null at the root.</summary>
    protected Node? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    /// <summary>True once <see cref="Stop"/> has been called.</summary>
    protected bool IsStopped => _stopped;

    /// <summary>Called before a node's children; return false to skip them (and the node's <see cref="Leave"/>).</summary>
    protected virtual bool Enter(Node node) => true;

    /// <summary>Called after a node's children.</summary>
    protected virtual void Leave(Node node)
    {
    }

    /// <summary>Ends the walk: no further Enter or Leave calls are made.</summary>
    protected void Stop() => _stopped = true;

    /// <summary>Walks <paramref name="node"/> and everything below it.</summary>
    public void Walk(Node node)
    {
        if (_stopped || !Enter(node) || _stopped)
        {
            return;
        }

        _ancestors.Add(node);
        WalkChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        if (!_stopped)
        {
            Leave(node);
        }
    }

    private void WalkOptional(Node? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count && !_stopped; i++)
        {
            Walk(nodes[i]);
        }
    }

    private void WalkChildren(Node node)
    {
        switch (node)
        {
            case Document n:
                WalkAll(n.Definitions);
                break;
            case OperationDefinition n:
                WalkOptional(n.Description);
                WalkOptional(n.Name);
                WalkAll(n.VariableDefinitions);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case VariableDefinition n:
                WalkOptional(n.Description);
                Walk(n.Variable);
                Walk(n.Type);
                WalkOptional(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case Variable n:
                Walk(n.Name);
                break;
            case SelectionSet n:
                WalkAll(n.Selections);
                break;
            case Field n:
                WalkOptional(n.Alias);
                Walk(n.Name);
                WalkAll(n.Arguments);
                WalkAll(n.Directives);
                WalkOptional(n.SelectionSet);
                break;
            case Argument n:
                Walk(n.Name);
                Walk(n.Value);
                break;
            case FragmentSpread n:
                Walk(n.Name);
                WalkAll(n.Directives);
                break;
            case InlineFragment n:
                WalkOptional(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case FragmentDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                Walk(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case ListValue n:
                WalkAll(n.Values);
                break;
            case ObjectValue n:
                WalkAll(n.Fields);
                break;
            case ObjectField n:
                Walk(n.Name);
                Walk(n.Value);
                break;
            case Directive n:
                Walk(n.Name);
                WalkAll(n.Arguments);
                break;
            case NamedType n:
                Walk(n.Name);
                break;
            case ListType n:
                Walk(n.Type);
                break;
            case NonNullType n:
                Walk(n.Type);
                break;
            case SchemaDefinition n:
                WalkOptional(n.Description);
                WalkAll(n.Directives);
                WalkAll(n.OperationTypes);
                break;
            case OperationTypeDefinition n:
                Walk(n.Type);
                break;
            case ScalarTypeDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                break;
            case ObjectTypeDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case FieldDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Arguments);
                Walk(n.Type);
                WalkAll(n.Directives);
                break;
            case InputValueDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                Walk(n.Type);
                WalkOptional(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case InterfaceTypeDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case UnionTypeDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Types);
                break;
            case EnumTypeDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Values);
                break;
            case EnumValueDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                break;
            case InputObjectTypeDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case DirectiveDefinition n:
                WalkOptional(n.Description);
                Walk(n.Name);
                WalkAll(n.Arguments);
                WalkAll(n.Locations);
                break;
            case SchemaExtension n:
                WalkAll(n.Directives);
                WalkAll(n.OperationTypes);
                break;
            case ScalarTypeExtension n:
                Walk(n.Name);
                WalkAll(n.Directives);
                break;
            case ObjectTypeExtension n:
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case InterfaceTypeExtension n:
                Walk(n.Name);
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case UnionTypeExtension n:
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Types);
                break;
            case EnumTypeExtension n:
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Values);
                break;
            case InputObjectTypeExtension n:
                Walk(n.Name);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;

            // Name and the scalar value nodes have no children.
        }
    }
}
