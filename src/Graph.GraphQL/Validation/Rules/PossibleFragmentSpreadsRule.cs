using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3 Fragment Spread Is Possible: a fragment (named or inline) can only be spread where its type and the
/// enclosing type have at least one object type in common.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.InlineFragment, Kind.FragmentSpread))
        {
        }

        public override bool Enter(Node node)
        {
            var parentType = Context.ParentType;
            if (parentType is null)
            {
                return true;
            }

            if (node is InlineFragment)
            {
                if (Context.Type is GraphQLNamedType { IsCompositeType: true } fragmentType &&
                    parentType.IsCompositeType &&
                    !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
                {
                    Context.ReportError(new GraphQLError(
                        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                        node));
                }

                return true;
            }

            var name = ((FragmentSpread)node).Name.Value;
            if (Context.GetFragment(name) is { } fragment &&
                Context.Schema.GetTypeFromAst(fragment.TypeCondition) is GraphQLNamedType { IsCompositeType: true } spreadType &&
                !TypeComparators.DoTypesOverlap(Context.Schema, spreadType, parentType))
            {
                Context.ReportError(new GraphQLError(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{spreadType}\".",
                    node));
            }

            return true;
        }
    }
}
