using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 Argument Names: every argument given to a field or directive is defined by it. Arguments of unknown
/// fields and unknown directives are left to the rules that report those.
/// </summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, string[]> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.Directive, Kind.Argument))
        {
            foreach (var directive in context.Schema.Directives)
            {
                var names = new string[directive.Arguments.Count];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = directive.Arguments[i].Name;
                }

                _directiveArguments[directive.Name] = names;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinition defined)
                {
                    var names = new List<string>();
                    foreach (var argument in defined.Arguments)
                    {
                        if (!names.Contains(argument.Name.Value))
                        {
                            names.Add(argument.Name.Value);
                        }
                    }

                    _directiveArguments[defined.Name.Value] = names.ToArray();
                }
            }
        }

        public override bool Enter(Node node)
        {
            if (node is Directive directive)
            {
                CheckDirective(directive);

                // Directive arguments are fully handled here, so this rule does not look inside the directive.
                return false;
            }

            if (Context.Argument is null && Context.FieldDef is { } fieldDef && Context.ParentType is { } parentType)
            {
                var argumentName = ((Argument)node).Name.Value;
                var suggestions = Array.Empty<string>() as IReadOnlyList<string>;
                if (!Context.HideSuggestions)
                {
                    var names = new string[fieldDef.Arguments.Count];
                    for (var i = 0; i < names.Length; i++)
                    {
                        names[i] = fieldDef.Arguments[i].Name;
                    }

                    suggestions = Suggestions.SuggestionList(argumentName, names);
                }

                Context.ReportError(new GraphQLError(
                    $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." +
                    Suggestions.DidYouMean(suggestions),
                    node));
            }

            return true;
        }

        private void CheckDirective(Directive directive)
        {
            var directiveName = directive.Name.Value;
            if (!_directiveArguments.TryGetValue(directiveName, out var known))
            {
                return;
            }

            foreach (var argument in directive.Arguments)
            {
                var argumentName = argument.Name.Value;
                if (Array.IndexOf(known, argumentName) >= 0)
                {
                    continue;
                }

                var suggestions = Context.HideSuggestions
                    ? Array.Empty<string>()
                    : Suggestions.SuggestionList(argumentName, known);
                Context.ReportError(new GraphQLError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions),
                    argument));
            }
        }
    }
}
