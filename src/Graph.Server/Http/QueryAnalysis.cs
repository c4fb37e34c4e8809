using System.Text.Json;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.Server.Http;

/// <summary>What the HTTP layer must know of a query before running it: the operation's type (to refuse mutations over
/// GET and to ask for the API key), its selection depth and an estimate of its cost.</summary>
public sealed record QueryShape(OperationType? Operation, int Depth, long Cost);

/// <summary>
/// Estimates depth and cost of the operation a request selects. Cost: every field counts once for each object it is
/// resolved on; a list field multiplies the cost of what is below it by its page size (the `first`/`maxNodes`
/// argument, or <see cref="DefaultListSize"/>). Introspection fields are free: their size is bounded by the schema.
/// </summary>
public sealed class QueryAnalyzer(GraphQLSchema schema)
{
    public const int DefaultListSize = 20;
    private static readonly string[] SizeArguments = ["first", "maxNodes", "last"];

    /// <summary>The shape of the selected operation, or null when the text does not parse (the engine reports that).</summary>
    public QueryShape? Analyze(string query, string? operationName, JsonElement? variables, ParserOptions parserOptions)
    {
        Document document;
        try
        {
            document = Parser.Parse(query, parserOptions);
        }
        catch (GraphQLSyntaxError)
        {
            return null;
        }
        OperationDefinition? operation = null;
        var fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
        var operations = 0;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinition op:
                    operations++;
                    if (operationName is null ? operations == 1 : op.Name?.Value == operationName) operation = op;
                    break;
                case FragmentDefinition f:
                    fragments[f.Name.Value] = f;
                    break;
            }
        }
        if (operation is null || (operationName is null && operations > 1)) return new QueryShape(null, 0, 0);
        var root = schema.GetRootType(operation.Operation);
        if (root is null) return new QueryShape(operation.Operation, 0, 0);
        var walker = new Walker(schema, fragments, operation, variables);
        var (depth, cost) = walker.Measure(operation.SelectionSet, root, 1, 1, new HashSet<string>(StringComparer.Ordinal));
        return new QueryShape(operation.Operation, depth, cost);
    }

    private sealed class Walker(GraphQLSchema schema, Dictionary<string, FragmentDefinition> fragments, OperationDefinition operation, JsonElement? variables)
    {
        private const long CostCeiling = long.MaxValue / 4;

        public (int Depth, long Cost) Measure(SelectionSet set, GraphQLNamedType parent, long multiplier, int depth, HashSet<string> activeFragments)
        {
            var maxDepth = depth;
            long cost = 0;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case Field field:
                    {
                        var name = field.Name.Value;
                        if (name.StartsWith("__", StringComparison.Ordinal)) continue;
                        var definition = schema.GetFieldDefinition(parent, name);
                        if (definition is null) continue;
                        cost = Add(cost, multiplier);
                        if (field.SelectionSet is null) continue;
                        var size = definition.Type.NullableType.IsList ? ListSize(field) : 1;
                        var (d, c) = Measure(field.SelectionSet, definition.Type.NamedType, Multiply(multiplier, size), depth + 1, activeFragments);
                        maxDepth = Math.Max(maxDepth, d);
                        cost = Add(cost, c);
                        break;
                    }
                    case InlineFragment inline:
                    {
                        var type = inline.TypeCondition is { } tc ? schema.GetType(tc.Name.Value) ?? parent : parent;
                        var (d, c) = Measure(inline.SelectionSet, type, multiplier, depth, activeFragments);
                        maxDepth = Math.Max(maxDepth, d);
                        cost = Add(cost, c);
                        break;
                    }
                    case FragmentSpread spread:
                    {
                        var fragmentName = spread.Name.Value;
                        if (!fragments.TryGetValue(fragmentName, out var fragment) || !activeFragments.Add(fragmentName)) continue;
                        var type = schema.GetType(fragment.TypeCondition.Name.Value) ?? parent;
                        var (d, c) = Measure(fragment.SelectionSet, type, multiplier, depth, activeFragments);
                        activeFragments.Remove(fragmentName);
                        maxDepth = Math.Max(maxDepth, d);
                        cost = Add(cost, c);
                        break;
                    }
                }
            }
            return (maxDepth, cost);
        }

        private long ListSize(Field field)
        {
            foreach (var argument in field.Arguments)
            {
                if (Array.IndexOf(SizeArguments, argument.Name.Value) < 0) continue;
                switch (argument.Value)
                {
                    case IntValue i when long.TryParse(i.Value, out var n):
                        return Math.Max(1, n);
                    case Variable v:
                        if (variables is { ValueKind: JsonValueKind.Object } vars && vars.TryGetProperty(v.Name.Value, out var given) && given.TryGetInt64(out var g))
                            return Math.Max(1, g);
                        foreach (var definition in operation.VariableDefinitions)
                        {
                            if (definition.Variable.Name.Value == v.Name.Value && definition.DefaultValue is IntValue dv && long.TryParse(dv.Value, out var d))
                                return Math.Max(1, d);
                        }
                        break;
                }
            }
            return DefaultListSize;
        }

        private static long Add(long a, long b) => Math.Min(CostCeiling, a + b);

        private static long Multiply(long a, long b) => a > CostCeiling / Math.Max(1, b) ? CostCeiling : a * b;
    }
}
