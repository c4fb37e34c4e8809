using System.Text;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles. A depth-first search from each fragment, visiting each fragment
/// once, reports every cycle it closes with the chain of spreads that forms it.
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpread> _spreadPath = new();
        private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.OperationDefinition, Kind.FragmentDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            if (node is FragmentDefinition fragment)
            {
                DetectCycles(fragment);
            }

            return false;
        }

        private void DetectCycles(FragmentDefinition fragment)
        {
            StackGuard.EnsureStack();
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return;
            }

            var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _pathIndexByName[name] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var target = spread.Name.Value;
                _spreadPath.Add(spread);
                if (_pathIndexByName.TryGetValue(target, out var cycleStart))
                {
                    ReportCycle(target, cycleStart);
                }
                else if (Context.GetFragment(target) is { } next)
                {
                    DetectCycles(next);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _pathIndexByName.Remove(name);
        }

        private void ReportCycle(string target, int cycleStart)
        {
            var cycle = new Node[_spreadPath.Count - cycleStart];
            var via = new StringBuilder();
            for (var i = cycleStart; i < _spreadPath.Count; i++)
            {
                cycle[i - cycleStart] = _spreadPath[i];
                if (i < _spreadPath.Count - 1)
                {
                    if (via.Length > 0)
                    {
                        via.Append(", ");
                    }

                    via.Append('"').Append(_spreadPath[i].Name.Value).Append('"');
                }
            }

            var message = $"Cannot spread fragment \"{target}\" within itself" + (via.Length > 0 ? $" via {via}." : ".");
            Context.ReportError(new GraphQLError(message, cycle));
        }
    }
}
