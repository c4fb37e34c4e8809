using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node. In type
/// system documents a type's definition and its extensions count as one location, as do the schema and its extensions.
/// Unknown directives are left to <see cref="KnownDirectivesRule"/>.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Directive> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, Directive>> _typeDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Directive> _scratch = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, DirectiveHolders.Kinds)
        {
            foreach (var directive in context.Schema.Directives)
            {
                _unique[directive.Name] = !directive.IsRepeatable;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinition defined)
                {
                    _unique[defined.Name.Value] = !defined.Repeatable;
                }
            }
        }

        public override bool Enter(Node node)
        {
            var directives = ((IHasDirectives)node).Directives;
            if (directives.Count == 0)
            {
                return true;
            }

            Dictionary<string, Directive> seen;
            switch (node)
            {
                case SchemaDefinition or SchemaExtension:
                    seen = _schemaDirectives;
                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                {
                    var typeName = node is TypeDefinitionNode definition ? definition.Name.Value : ((TypeExtensionNode)node).Name.Value;
                    if (!_typeDirectives.TryGetValue(typeName, out seen!))
                    {
                        seen = new Dictionary<string, Directive>(StringComparer.Ordinal);
                        _typeDirectives[typeName] = seen;
                    }

                    break;
                }

                default:
                    _scratch.Clear();
                    seen = _scratch;
                    break;
            }

            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_unique.TryGetValue(name, out var unique) || !unique)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    Context.ReportError(new GraphQLError(
                        $"The directive \"@{name}\" can only be used once at this location.",
                        new Node[] { first, directive }));
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return true;
        }
    }
}
