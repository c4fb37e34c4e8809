using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is spread, directly or indirectly, by some operation.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly List<OperationDefinition> _operations = new();
        private readonly List<FragmentDefinition> _fragments = new();

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.OperationDefinition, Kind.FragmentDefinition), KindSet.Of(Kind.Document))
        {
        }

        public override bool Enter(Node node)
        {
            if (node is OperationDefinition operation)
            {
                _operations.Add(operation);
            }
            else
            {
                _fragments.Add((FragmentDefinition)node);
            }

            return false;
        }

        public override void Leave(Node node)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in Context.GetRecursivelyReferencedFragmentsForOperations(_operations))
            {
                used.Add(fragment.Name.Value);
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    Context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment));
                }
            }
        }
    }
}
