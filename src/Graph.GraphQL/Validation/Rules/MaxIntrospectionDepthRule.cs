using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule, but one graphql-js 16 runs by default: an introspection query (below <c>__schema</c> or
/// <c>__type</c>) may not nest the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and
/// <c>inputFields</c> three deep, counting through fragments, since such queries can be made to produce enormous
/// responses.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    /// <summary>The nesting depth of introspection list fields that is refused.</summary>
    public const int MaxListsDepth = 3;

    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        // Per fragment, across root checks: the greatest entry depth at which a check finished below the limit, and the
        // smallest entry depth at which a check reached it. Entry depth is the list depth before entering the fragment.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.Field))
        {
        }

        public override bool Enter(Node node)
        {
            var name = ((Field)node).Name.Value;
            if (name is not ("__schema" or "__type"))
            {
                return true;
            }

            // Per root check: the greatest entry depth at which each fragment was entered (including visits in progress).
            var visited = new Dictionary<string, int>(StringComparer.Ordinal);
            if (ExceedsDepth(node, visited, 0))
            {
                Context.ReportError(new GraphQLError("Maximum introspection depth exceeded", node));
                return false;
            }

            return true;
        }

        private bool ExceedsDepth(Node node, Dictionary<string, int> visited, int depth)
        {
            StackGuard.EnsureStack();
            SelectionSet? selectionSet;
            switch (node)
            {
                case FragmentSpread spread:
                    return SpreadExceedsDepth(spread.Name.Value, visited, depth);
                case Field field:
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                    {
                        depth++;
                        if (depth >= MaxListsDepth)
                        {
                            return true;
                        }
                    }

                    selectionSet = field.SelectionSet;
                    break;
                case InlineFragment inline:
                    selectionSet = inline.SelectionSet;
                    break;
                case FragmentDefinition fragment:
                    selectionSet = fragment.SelectionSet;
                    break;
                default:
                    return false;
            }

            if (selectionSet is not null)
            {
                foreach (var child in selectionSet.Selections)
                {
                    if (ExceedsDepth(child, visited, depth))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool SpreadExceedsDepth(string fragmentName, Dictionary<string, int> visited, int depth)
        {
            // Reaching the limit at some entry depth means reaching it again at that depth or deeper.
            if (_exceeded.TryGetValue(fragmentName, out var exceededAt) && exceededAt <= depth)
            {
                return true;
            }

            // At the same or a shallower depth, a revisit (a cycle) or an earlier clean check adds nothing.
            if ((visited.TryGetValue(fragmentName, out var visitedAt) && visitedAt >= depth) ||
                (_checked.TryGetValue(fragmentName, out var checkedAt) && checkedAt >= depth))
            {
                return false;
            }

            // Unknown fragments are KnownFragmentNamesRule's business.
            if (Context.GetFragment(fragmentName) is not { } fragment)
            {
                return false;
            }

            visited[fragmentName] = depth;
            if (ExceedsDepth(fragment, visited, depth))
            {
                _exceeded[fragmentName] = depth;
                return true;
            }

            _checked[fragmentName] = depth;
            return false;
        }
    }
}
