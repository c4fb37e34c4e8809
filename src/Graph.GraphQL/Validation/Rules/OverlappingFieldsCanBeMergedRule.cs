using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Validation.Rules.FieldMerging;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields that share a response name anywhere in one response object (through
/// inline fragments and fragment spreads, and recursively in their sub-selections) must be mergeable: the same field
/// with the same arguments unless their parent types are different object types (so they can never both apply), and
/// always return types of the same shape. Comparisons between fragments are memoized so that the work stays
/// polynomial; a document that still needs too much work ends validation with "Validation aborted.".
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ConflictFinder _finder;

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.SelectionSet))
        {
            _finder = new ConflictFinder(context);
        }

        public override bool Enter(Node node)
        {
            // An inline fragment's fields belong to the enclosing response object, which is checked as a whole.
            if (Context.Parent is InlineFragment)
            {
                return true;
            }

            var selectionSet = (SelectionSet)node;
            var selections = selectionSet.Selections;
            if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragment))
            {
                return true;
            }

            foreach (var conflict in _finder.FindConflictsWithinSelectionSet(Context.ParentType, selectionSet))
            {
                var nodes = new List<Node>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                Context.ReportError(new GraphQLError(
                    $"Fields \"{ConflictText.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                    "Use different aliases on the fields to fetch both if this was intentional.",
                    nodes));
            }

            return true;
        }
    }
}
