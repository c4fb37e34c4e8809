using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined: every spread names a fragment defined in the document.</summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.FragmentSpread))
        {
        }

        public override bool Enter(Node node)
        {
            var name = ((FragmentSpread)node).Name;
            if (Context.GetFragment(name.Value) is null)
            {
                Context.ReportError(new GraphQLError($"Unknown fragment \"{name.Value}\".", name));
            }

            return true;
        }
    }
}
