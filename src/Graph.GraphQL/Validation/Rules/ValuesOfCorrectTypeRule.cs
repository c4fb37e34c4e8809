using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: every literal is valid for the input type expected where it appears (scalars
/// and enums by parsing the literal; input objects by their fields, required fields and the @oneOf constraint;
/// lists item by item). Variables are left to <see cref="VariablesInAllowedPositionRule"/>.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(
                Kind.ListValue,
                Kind.ObjectValue,
                Kind.ObjectField,
                Kind.NullValue,
                Kind.EnumValue,
                Kind.IntValue,
                Kind.FloatValue,
                Kind.StringValue,
                Kind.BooleanValue))
        {
        }

        public override bool Enter(Node node)
        {
            switch (node.Kind)
            {
                case Kind.ListValue:
                    // The walker already moved to the item type, so the list's own type is the parent input type.
                    if (Context.ParentInputType?.NullableType is not GraphQLList)
                    {
                        CheckLeafValue((ValueNode)node);
                        return false;
                    }

                    return true;

                case Kind.ObjectValue:
                    if (Context.InputType?.NamedType is not GraphQLInputObjectType inputObject)
                    {
                        CheckLeafValue((ValueNode)node);
                        return false;
                    }

                    CheckInputObject((ObjectValue)node, inputObject);
                    return true;

                case Kind.ObjectField:
                    if (Context.InputType is null && Context.ParentInputType?.NamedType is GraphQLInputObjectType parentObject)
                    {
                        ReportUnknownField((ObjectField)node, parentObject);
                    }

                    return true;

                case Kind.NullValue:
                    if (Context.InputType is GraphQLNonNull nonNull)
                    {
                        Context.ReportError(new GraphQLError($"Expected value of type \"{nonNull}\", found null.", node));
                    }

                    return true;

                default:
                    CheckLeafValue((ValueNode)node);
                    return true;
            }
        }

        private void CheckInputObject(ObjectValue node, GraphQLInputObjectType type)
        {
            // Field nodes by name (the last one wins for repeated names, which UniqueInputFieldNamesRule reports).
            var given = new Dictionary<string, ObjectField>(StringComparer.Ordinal);
            var givenOrder = new List<string>();
            foreach (var field in node.Fields)
            {
                if (!given.ContainsKey(field.Name.Value))
                {
                    givenOrder.Add(field.Name.Value);
                }

                given[field.Name.Value] = field;
            }

            foreach (var field in type.Fields)
            {
                if (field.IsRequired && !given.ContainsKey(field.Name))
                {
                    Context.ReportError(new GraphQLError(
                        $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.",
                        node));
                }
            }

            if (!type.IsOneOf)
            {
                return;
            }

            if (givenOrder.Count != 1)
            {
                Context.ReportError(new GraphQLError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node));
                return;
            }

            if (given[givenOrder[0]].Value is NullValue)
            {
                Context.ReportError(new GraphQLError($"Field \"{type.Name}.{givenOrder[0]}\" must be non-null.", node));
            }
        }

        private void ReportUnknownField(ObjectField node, GraphQLInputObjectType parentType)
        {
            var suggestions = Array.Empty<string>() as IReadOnlyList<string>;
            if (!Context.HideSuggestions)
            {
                var names = new string[parentType.Fields.Count];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = parentType.Fields[i].Name;
                }

                suggestions = Suggestions.SuggestionList(node.Name.Value, names);
            }

            Context.ReportError(new GraphQLError(
                $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                node));
        }

        // Checks a literal that must be a scalar or enum value (or a list/object where none is expected).
        private void CheckLeafValue(ValueNode node)
        {
            if (Context.InputType is not { } locationType)
            {
                return;
            }

            switch (locationType.NamedType)
            {
                case GraphQLEnumType enumType:
                    CheckEnumValue(node, enumType);
                    break;
                case GraphQLScalarType scalarType:
                    CheckScalarValue(node, scalarType, locationType);
                    break;
                default:
                    Context.ReportError(new GraphQLError(
                        $"Expected value of type \"{locationType}\", found {Printer.Print(node)}.",
                        node));
                    break;
            }
        }

        private void CheckScalarValue(ValueNode node, GraphQLScalarType scalarType, GraphQLType locationType)
        {
            try
            {
                scalarType.ParseLiteral(node);
            }
            catch (GraphQLError error)
            {
                Context.ReportError(error);
            }
            catch (Exception exception) when (exception is not ValidationAbortedException)
            {
                Context.ReportError(new GraphQLError(
                    $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {exception.Message}",
                    new Node[] { node },
                    originalError: exception));
            }
        }

        private void CheckEnumValue(ValueNode node, GraphQLEnumType enumType)
        {
            if (node is not EnumValue literal)
            {
                var shown = Printer.Print(node);
                Context.ReportError(new GraphQLError(
                    $"Enum \"{enumType.Name}\" cannot represent non-enum value: {shown}." + SuggestEnumValues(enumType, shown),
                    node));
            }
            else if (enumType.GetValue(literal.Value) is null)
            {
                Context.ReportError(new GraphQLError(
                    $"Value \"{literal.Value}\" does not exist in \"{enumType.Name}\" enum." + SuggestEnumValues(enumType, literal.Value),
                    node));
            }
        }

        private string SuggestEnumValues(GraphQLEnumType enumType, string input)
        {
            if (Context.HideSuggestions)
            {
                return string.Empty;
            }

            var names = new string[enumType.Values.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = enumType.Values[i].Name;
            }

            return Suggestions.DidYouMean(Suggestions.SuggestionList(input, names), "the enum value");
        }
    }
}
