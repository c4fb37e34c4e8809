using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The fields collected for one object type from one (merged) selection set: the spec's CollectFields done once and
/// shared by every object of that type the selection applies to, in every execution of the same document.
/// </summary>
internal sealed class SelectionPlan
{
    /// <summary>Creates the plan.</summary>
    public SelectionPlan(GraphQLObjectType type, FieldPlan[] fields)
    {
        Type = type;
        Fields = fields;
    }

    /// <summary>The object type the fields are selected on.</summary>
    public GraphQLObjectType Type { get; }

    /// <summary>One entry per response key, in selection order.</summary>
    public FieldPlan[] Fields { get; }
}
