using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: an operation without a name must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private int _operationCount;

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.Document, Kind.OperationDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            if (node is Document document)
            {
                _operationCount = 0;
                foreach (var definition in document.Definitions)
                {
                    if (definition is OperationDefinition)
                    {
                        _operationCount++;
                    }
                }
            }
            else if (node is OperationDefinition { Name: null } && _operationCount > 1)
            {
                Context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", node));
            }

            return true;
        }
    }
}
