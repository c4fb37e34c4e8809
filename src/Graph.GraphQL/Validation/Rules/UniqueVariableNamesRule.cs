using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness: an operation defines each variable name once.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.OperationDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            var definitions = ((OperationDefinition)node).VariableDefinitions;
            if (definitions.Count < 2)
            {
                return true;
            }

            foreach (var (name, nodes) in NameGroups.Group(definitions, d => d.Variable.Name))
            {
                if (nodes.Count > 1)
                {
                    Context.ReportError(new GraphQLError($"There can be only one variable named \"${name}\".", nodes));
                }
            }

            return true;
        }
    }
}
