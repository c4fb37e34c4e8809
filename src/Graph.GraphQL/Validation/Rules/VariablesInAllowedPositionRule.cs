using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in (a nullable
/// variable may fill a non-null position only when the variable or the position has a default value), and a variable
/// filling a field of a @oneOf input object is non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, VariableDefinition> _definitions = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.OperationDefinition, Kind.VariableDefinition), KindSet.Of(Kind.OperationDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            if (node is OperationDefinition)
            {
                _definitions.Clear();
            }
            else
            {
                var definition = (VariableDefinition)node;
                _definitions[definition.Variable.Name.Value] = definition;
            }

            return true;
        }

        public override void Leave(Node node)
        {
            var schema = Context.Schema;
            foreach (var usage in Context.GetRecursiveVariableUsages((OperationDefinition)node))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                {
                    continue;
                }

                var variableType = schema.GetTypeFromAst(definition.Type);
                if (variableType is not null &&
                    !IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
                {
                    Context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        new Node[] { definition, usage.Node }));
                }

                if (usage.ParentType is GraphQLInputObjectType { IsOneOf: true } oneOf &&
                    variableType is not null and not GraphQLNonNull)
                {
                    Context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        new Node[] { definition, usage.Node }));
                }
            }
        }

        private static bool IsAllowed(
            GraphQLSchema schema,
            GraphQLType variableType,
            ValueNode? variableDefault,
            GraphQLType locationType,
            bool locationHasDefault)
        {
            if (locationType is GraphQLNonNull nonNullLocation && variableType is not GraphQLNonNull)
            {
                var variableHasNonNullDefault = variableDefault is not null and not NullValue;
                if (!variableHasNonNullDefault && !locationHasDefault)
                {
                    return false;
                }

                return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
        }
    }
}
