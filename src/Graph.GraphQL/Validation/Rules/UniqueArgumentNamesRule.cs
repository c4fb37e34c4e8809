using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness: a field or directive receives each argument once.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.Field, Kind.Directive))
        {
        }

        public override bool Enter(Node node)
        {
            var arguments = node is Field field ? field.Arguments : ((Directive)node).Arguments;
            if (arguments.Count < 2)
            {
                return true;
            }

            foreach (var (name, nodes) in NameGroups.Group(arguments, a => a.Name))
            {
                if (nodes.Count > 1)
                {
                    Context.ReportError(new GraphQLError($"There can be only one argument named \"{name}\".", nodes));
                }
            }

            return true;
        }
    }
}
