using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness: an input object literal sets each field once.</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        // One name table per object literal being visited; nested literals push their own.
        private readonly Stack<Dictionary<string, Name>> _enclosing = new();
        private Dictionary<string, Name> _known = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.ObjectValue, Kind.ObjectField), KindSet.Of(Kind.ObjectValue))
        {
        }

        public override bool Enter(Node node)
        {
            if (node is ObjectValue)
            {
                _enclosing.Push(_known);
                _known = new Dictionary<string, Name>(StringComparer.Ordinal);
                return true;
            }

            var name = ((ObjectField)node).Name;
            if (_known.TryGetValue(name.Value, out var first))
            {
                Context.ReportError(new GraphQLError(
                    $"There can be only one input field named \"{name.Value}\".",
                    new Node[] { first, name }));
            }
            else
            {
                _known[name.Value] = name;
            }

            return true;
        }

        public override void Leave(Node node) => _known = _enclosing.Pop();
    }
}
