using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.4 All Variables Used: every variable an operation defines is used by it, directly or in the fragments
/// it spreads.
/// </summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly List<VariableDefinition> _definitions = new();

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.OperationDefinition, Kind.VariableDefinition), KindSet.Of(Kind.OperationDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            if (node is OperationDefinition)
            {
                _definitions.Clear();
            }
            else
            {
                _definitions.Add((VariableDefinition)node);
            }

            return true;
        }

        public override void Leave(Node node)
        {
            var operation = (OperationDefinition)node;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var definition in _definitions)
            {
                var name = definition.Variable.Name.Value;
                if (used.Contains(name))
                {
                    continue;
                }

                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                Context.ReportError(new GraphQLError(message, definition));
            }
        }
    }
}
