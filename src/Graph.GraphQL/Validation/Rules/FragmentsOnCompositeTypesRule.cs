using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.3 Fragments On Composite Types: a fragment's type condition names an object, interface or union type.
/// Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.InlineFragment, Kind.FragmentDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            if (node is InlineFragment { TypeCondition: { } condition })
            {
                if (Context.Schema.GetTypeFromAst(condition) is { IsCompositeType: false })
                {
                    Context.ReportError(new GraphQLError(
                        $"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".",
                        condition));
                }
            }
            else if (node is FragmentDefinition fragment &&
                     Context.Schema.GetTypeFromAst(fragment.TypeCondition) is { IsCompositeType: false })
            {
                Context.ReportError(new GraphQLError(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    fragment.TypeCondition));
            }

            return true;
        }
    }
}
