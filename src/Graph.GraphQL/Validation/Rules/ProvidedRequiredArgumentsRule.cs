using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 Required Arguments: every argument of non-null type without a default value is given, on fields and
/// on directives (schema directives and directives defined in the document). Checked when leaving the field or
/// directive so that errors inside it come first.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        // Required arguments per directive name: argument name and printed type, in definition order.
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.None, KindSet.Of(Kind.Field, Kind.Directive))
        {
            foreach (var directive in context.Schema.Directives)
            {
                var required = new List<(string Name, string Type)>();
                foreach (var argument in directive.Arguments)
                {
                    if (argument.IsRequired)
                    {
                        required.Add((argument.Name, argument.Type.ToString()!));
                    }
                }

                _requiredDirectiveArguments[directive.Name] = required;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinition defined)
                {
                    var required = new List<(string Name, string Type)>();
                    foreach (var argument in defined.Arguments)
                    {
                        if (argument.Type is NonNullType && argument.DefaultValue is null)
                        {
                            // A repeated argument name keeps its first position but the last definition, as a keyed map does.
                            var index = required.FindIndex(r => r.Name == argument.Name.Value);
                            var entry = (argument.Name.Value, Printer.Print(argument.Type));
                            if (index >= 0)
                            {
                                required[index] = entry;
                            }
                            else
                            {
                                required.Add(entry);
                            }
                        }
                    }

                    _requiredDirectiveArguments[defined.Name.Value] = required;
                }
            }
        }

        public override void Leave(Node node)
        {
            if (node is Field field)
            {
                if (Context.FieldDef is not { } fieldDef)
                {
                    return;
                }

                foreach (var argument in fieldDef.Arguments)
                {
                    if (argument.IsRequired && !IsProvided(field.Arguments, argument.Name))
                    {
                        Context.ReportError(new GraphQLError(
                            $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            node));
                    }
                }

                return;
            }

            var directive = (Directive)node;
            if (!_requiredDirectiveArguments.TryGetValue(directive.Name.Value, out var requiredArguments))
            {
                return;
            }

            foreach (var (name, type) in requiredArguments)
            {
                if (!IsProvided(directive.Arguments, name))
                {
                    Context.ReportError(new GraphQLError(
                        $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                        node));
                }
            }
        }

        private static bool IsProvided(IReadOnlyList<Argument> arguments, string name)
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
