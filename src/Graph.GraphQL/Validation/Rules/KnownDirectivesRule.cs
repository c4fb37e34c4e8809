using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.1 Directives Are Defined and 5.7.2 Directives Are In Valid Locations: every directive is defined by the
/// schema or the document, and is used only where its definition allows.
/// </summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        // Allowed locations per directive name, one bit per DirectiveLocation.
        private readonly Dictionary<string, int> _locations = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.Directive))
        {
            foreach (var directive in context.Schema.Directives)
            {
                var mask = 0;
                foreach (var location in directive.Locations)
                {
                    mask |= 1 << (int)location;
                }

                _locations[directive.Name] = mask;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinition defined)
                {
                    var mask = 0;
                    foreach (var name in defined.Locations)
                    {
                        if (DirectiveLocations.TryParse(name.Value, out var location))
                        {
                            mask |= 1 << (int)location;
                        }
                    }

                    _locations[defined.Name.Value] = mask;
                }
            }
        }

        public override bool Enter(Node node)
        {
            var name = ((Directive)node).Name.Value;
            if (!_locations.TryGetValue(name, out var allowed))
            {
                Context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", node));
                return true;
            }

            if (CandidateLocation(Context.Ancestors) is { } location && (allowed & (1 << (int)location)) == 0)
            {
                Context.ReportError(new GraphQLError(
                    $"Directive \"@{name}\" may not be used on {location.ToSpecName()}.",
                    node));
            }

            return true;
        }

        private static DirectiveLocation? CandidateLocation(IReadOnlyList<Node> ancestors)
        {
            if (ancestors.Count == 0)
            {
                return null;
            }

            return ancestors[^1] switch
            {
                OperationDefinition operation => operation.Operation switch
                {
                    OperationType.Query => DirectiveLocation.Query,
                    OperationType.Mutation => DirectiveLocation.Mutation,
                    _ => DirectiveLocation.Subscription,
                },
                Field => DirectiveLocation.Field,
                FragmentSpread => DirectiveLocation.FragmentSpread,
                InlineFragment => DirectiveLocation.InlineFragment,
                FragmentDefinition => DirectiveLocation.FragmentDefinition,
                VariableDefinition => DirectiveLocation.VariableDefinition,
                SchemaDefinition or SchemaExtension => DirectiveLocation.Schema,
                ScalarTypeDefinition or ScalarTypeExtension => DirectiveLocation.Scalar,
                ObjectTypeDefinition or ObjectTypeExtension => DirectiveLocation.Object,
                FieldDefinition => DirectiveLocation.FieldDefinition,
                InterfaceTypeDefinition or InterfaceTypeExtension => DirectiveLocation.Interface,
                UnionTypeDefinition or UnionTypeExtension => DirectiveLocation.Union,
                EnumTypeDefinition or EnumTypeExtension => DirectiveLocation.Enum,
                EnumValueDefinition => DirectiveLocation.EnumValue,
                InputObjectTypeDefinition or InputObjectTypeExtension => DirectiveLocation.InputObject,

                // graphql-js only treats fields of an input object *definition* as input field definitions.
                InputValueDefinition => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinition
                    ? DirectiveLocation.InputFieldDefinition
                    : DirectiveLocation.ArgumentDefinition,
                DirectiveDefinition => DirectiveLocation.DirectiveDefinition,
                _ => null,
            };
        }
    }
}
