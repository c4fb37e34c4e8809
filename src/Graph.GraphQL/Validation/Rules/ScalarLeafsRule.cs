using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.3 Leaf Field Selections: fields of scalar or enum type have no selection set; fields of object, interface
/// or union type have a non-empty one.
/// </summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.Field))
        {
        }

        public override bool Enter(Node node)
        {
            if (Context.Type is not { } type)
            {
                return true;
            }

            var field = (Field)node;
            var fieldName = field.Name.Value;
            if (type.NamedType.IsLeafType)
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    Context.ReportError(new GraphQLError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                        selectionSet));
                }
            }
            else if (field.SelectionSet is null)
            {
                Context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    node));
            }
            else if (field.SelectionSet.Selections.Count == 0)
            {
                Context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.",
                    node));
            }

            return true;
        }
    }
}
