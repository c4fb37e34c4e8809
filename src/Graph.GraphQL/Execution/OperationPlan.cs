using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// One operation of a cached document, with its root selection plans cached per combination of
/// <c>@skip</c>/<c>@include</c> variable values.
/// </summary>
internal sealed class OperationPlan
{
    private const int MaxCachedRootPlans = 64;

    private readonly GraphQLSchema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinition> _fragments;
    private readonly IReadOnlyList<string> _conditionVariables;
    private readonly object _gate = new();
    private KeyValuePair<ulong, SelectionPlan>[] _rootPlans = Array.Empty<KeyValuePair<ulong, SelectionPlan>>();

    /// <summary>Creates the plan holder of <paramref name="operation"/>.</summary>
    public OperationPlan(
        GraphQLSchema schema,
        OperationDefinition operation,
        IReadOnlyDictionary<string, FragmentDefinition> fragments,
        IReadOnlyList<string> conditionVariables)
    {
        _schema = schema;
        Operation = operation;
        _fragments = fragments;
        _conditionVariables = conditionVariables;
        RootType = schema.GetRootType(operation.Operation);
    }

    /// <summary>The operation.</summary>
    public OperationDefinition Operation { get; }

    /// <summary>The root type the operation runs on, or null when the schema has none for its kind.</summary>
    public GraphQLObjectType? RootType { get; }

    /// <summary>The root plan for an execution with <paramref name="variables"/>.</summary>
    /// <exception cref="GraphQLError">A <c>@skip</c>/<c>@include</c> condition at the root has no valid value.</exception>
    public SelectionPlan GetRootPlan(IReadOnlyDictionary<string, object?> variables)
    {
        var rootType = RootType ?? throw new InvalidOperationException("The operation has no root type.");
        var conditions = Conditions.For(_conditionVariables, variables, out var key);
        if (key is { } cacheKey)
        {
            foreach (var entry in Volatile.Read(ref _rootPlans))
            {
                if (entry.Key == cacheKey)
                {
                    return entry.Value;
                }
            }
        }

        var plan = new PlanContext(_schema, _fragments, conditions).BuildRootPlan(rootType, Operation.SelectionSet);
        if (key is { } newKey)
        {
            lock (_gate)
            {
                foreach (var entry in _rootPlans)
                {
                    if (entry.Key == newKey)
                    {
                        return entry.Value;
                    }
                }

                if (_rootPlans.Length < MaxCachedRootPlans)
                {
                    Volatile.Write(ref _rootPlans, [.. _rootPlans, new KeyValuePair<ulong, SelectionPlan>(newKey, plan)]);
                }
            }
        }

        return plan;
    }
}
