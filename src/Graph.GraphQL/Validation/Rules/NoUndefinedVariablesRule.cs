using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.3 All Variable Uses Defined: every variable an operation uses, directly or in the fragments it spreads,
/// is defined by that operation.
/// </summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.OperationDefinition, Kind.VariableDefinition), KindSet.Of(Kind.OperationDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            if (node is OperationDefinition)
            {
                _defined.Clear();
            }
            else
            {
                _defined.Add(((VariableDefinition)node).Variable.Name.Value);
            }

            return true;
        }

        public override void Leave(Node node)
        {
            var operation = (OperationDefinition)node;
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (_defined.Contains(name))
                {
                    continue;
                }

                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                Context.ReportError(new GraphQLError(message, new Node[] { usage.Node, operation }));
            }
        }
    }
}
