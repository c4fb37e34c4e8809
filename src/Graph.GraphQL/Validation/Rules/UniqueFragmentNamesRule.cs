using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness: no two fragments may share a name.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, Name> _known = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.OperationDefinition, Kind.FragmentDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            if (node is FragmentDefinition fragment)
            {
                var name = fragment.Name;
                if (_known.TryGetValue(name.Value, out var first))
                {
                    Context.ReportError(new GraphQLError(
                        $"There can be only one fragment named \"{name.Value}\".",
                        new Node[] { first, name }));
                }
                else
                {
                    _known[name.Value] = name;
                }
            }

            return false;
        }
    }
}
