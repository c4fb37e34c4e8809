using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object type (possibly wrapped).
/// Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.VariableDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            var definition = (VariableDefinition)node;
            if (Context.Schema.GetTypeFromAst(definition.Type) is { IsInputType: false })
            {
                Context.ReportError(new GraphQLError(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                    definition.Type));
            }

            return true;
        }
    }
}
