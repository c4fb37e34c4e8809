using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.1.1 Executable Definitions: a document sent for execution may only hold operations and fragments; each
/// type system definition or extension is reported.
/// </summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.Document))
        {
        }

        public override bool Enter(Node node)
        {
            foreach (var definition in ((Document)node).Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }

                var name = definition switch
                {
                    SchemaDefinition or SchemaExtension => "schema",
                    TypeDefinitionNode type => Quote(type.Name.Value),
                    TypeExtensionNode extension => Quote(extension.Name.Value),
                    DirectiveDefinition directive => Quote(directive.Name.Value),
                    _ => Quote(definition.Kind.ToString()),
                };
                Context.ReportError(new GraphQLError($"The {name} definition is not executable.", definition));
            }

            return false;
        }

        private static string Quote(string name) => "\"" + name + "\"";
    }
}
