using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.2 Fragment Spread Type Existence (and the type references of variables): every named type in the
/// document exists in the schema or is defined by the document itself.
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    private static readonly string[] StandardTypeNames = BuildStandardTypeNames();

    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static string[] BuildStandardTypeNames()
    {
        var names = new List<string>();
        foreach (var scalar in BuiltInScalars.Specified)
        {
            names.Add(scalar.Name);
        }

        names.AddRange(IntrospectionTypes.Names);
        return names.ToArray();
    }

    private sealed class Visitor : ValidationVisitor
    {
        private readonly HashSet<string> _definedInDocument = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.NamedType))
        {
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode type)
                {
                    _definedInDocument.Add(type.Name.Value);
                }
            }
        }

        public override bool Enter(Node node)
        {
            var typeName = ((NamedType)node).Name.Value;
            if (Context.Schema.GetType(typeName) is not null || _definedInDocument.Contains(typeName))
            {
                return true;
            }

            // The enclosing top-level definition tells whether this is a type system (SDL) reference.
            var ancestors = Context.Ancestors;
            var definition = ancestors.Count > 1 ? ancestors[1] : Context.Parent;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
            {
                return true;
            }

            var suggestions = Context.HideSuggestions ? Array.Empty<string>() : Suggest(typeName, isSdl);
            Context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node));
            return true;
        }

        private IReadOnlyList<string> Suggest(string typeName, bool isSdl)
        {
            var options = new List<string>();
            if (isSdl)
            {
                options.AddRange(StandardTypeNames);
            }

            foreach (var type in Context.Schema.Types)
            {
                options.Add(type.Name);
            }

            options.AddRange(_definedInDocument);
            return Suggestions.SuggestionList(typeName, options);
        }
    }
}
