using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness: no two operations may share a name.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
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
            if (node is OperationDefinition { Name: { } name })
            {
                if (_known.TryGetValue(name.Value, out var first))
                {
                    Context.ReportError(new GraphQLError(
                        $"There can be only one operation named \"{name.Value}\".",
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
