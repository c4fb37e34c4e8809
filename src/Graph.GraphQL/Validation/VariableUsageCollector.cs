using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Walks one operation or fragment with its own <see cref="TypeInfo"/> and lists every variable reference in document
/// order, together with the input type expected where it appears. Variable definitions themselves are not usages.
/// </summary>
internal sealed class VariableUsageCollector : DocumentWalker
{
    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = new();

    private VariableUsageCollector(GraphQLSchema schema)
    {
        _typeInfo = new TypeInfo(schema);
    }

    public static List<VariableUsage> Collect(GraphQLSchema schema, ExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(schema);
        collector.Walk(definition);
        return collector._usages;
    }

    protected override bool Enter(Node node)
    {
        switch (node.Kind)
        {
            case Kind.VariableDefinition:
                return false;
            case Kind.Variable:
                _usages.Add(new VariableUsage(
                    (Variable)node,
                    _typeInfo.InputType,
                    _typeInfo.HasDefaultValue,
                    _typeInfo.ParentInputType));
                break;
        }

        _typeInfo.Enter(node);
        return true;
    }

    protected override void Leave(Node node) => _typeInfo.Leave(node);
}
