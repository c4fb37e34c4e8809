using Graph.GraphQL.Introspection;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// What building the plans of one operation needs: the schema, the document's fragments and the values of the
/// <c>@skip</c>/<c>@include</c> conditions. Shared by all plans of one cached root plan.
/// </summary>
internal sealed class PlanContext
{
    private readonly GraphQLSchema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinition> _fragments;
    private readonly Conditions _conditions;

    /// <summary>Creates the context.</summary>
    public PlanContext(GraphQLSchema schema, IReadOnlyDictionary<string, FragmentDefinition> fragments, Conditions conditions)
    {
        _schema = schema;
        _fragments = fragments;
        _conditions = conditions;
    }

    /// <summary>The plan of an operation's root selection set.</summary>
    public SelectionPlan BuildRootPlan(GraphQLObjectType rootType, SelectionSet selectionSet) =>
        Build(rootType, new[] { selectionSet });

    /// <summary>The plan of the merged sub-selections of <paramref name="fieldNodes"/> for <paramref name="type"/>.</summary>
    public SelectionPlan BuildSubPlan(GraphQLObjectType type, Field[] fieldNodes)
    {
        if (fieldNodes.Length == 1)
        {
            return Build(type, fieldNodes[0].SelectionSet is { } only ? new[] { only } : Array.Empty<SelectionSet>());
        }

        var sets = new List<SelectionSet>(fieldNodes.Length);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }

        return Build(type, sets);
    }

    private SelectionPlan Build(GraphQLObjectType type, IEnumerable<SelectionSet> selectionSets)
    {
        var groups = FieldCollector.Collect(_schema, _fragments, _conditions, type, selectionSets);
        var fields = new List<FieldPlan>(groups.Count);
        foreach (var (responseKey, nodes) in groups)
        {
            var name = nodes[0].Name.Value;
            var definition = _schema.GetFieldDefinition(type, name);
            if (definition is null)
            {
                // Only possible for documents that skipped validation; graphql-js leaves such fields out as well.
                continue;
            }

            fields.Add(CreateField(type, responseKey, nodes.ToArray(), definition));
        }

        return new SelectionPlan(type, fields.ToArray());
    }

    private FieldPlan CreateField(GraphQLObjectType type, string responseKey, Field[] nodes, GraphQLField definition)
    {
        if (ReferenceEquals(definition, IntrospectionTypes.TypeNameMetaField))
        {
            return new FieldPlan(this, type, responseKey, nodes, definition, FieldKind.TypeName, null, null);
        }

        if (IntrospectionResolvers.Find(type, definition) is { } internalResolver)
        {
            return new FieldPlan(this, type, responseKey, nodes, definition, FieldKind.Internal, null, internalResolver);
        }

        return definition.Resolver is { } resolver
            ? new FieldPlan(this, type, responseKey, nodes, definition, FieldKind.Resolver, resolver, null)
            : new FieldPlan(this, type, responseKey, nodes, definition, FieldKind.Default, null, null);
    }
}
