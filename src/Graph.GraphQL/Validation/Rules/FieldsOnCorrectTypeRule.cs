using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 Field Selections: every selected field is defined on the type it is selected on (or is a meta field).
/// The error suggests types to fragment on (for interfaces and unions), else similarly spelled field names.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.Field))
        {
        }

        public override bool Enter(Node node)
        {
            if (Context.ParentType is not { } type || Context.FieldDef is not null)
            {
                return true;
            }

            var fieldName = ((Field)node).Name.Value;
            var suggestion = Suggestions.DidYouMean(
                Context.HideSuggestions ? Array.Empty<string>() : SuggestedTypeNames(Context.Schema, type, fieldName),
                "to use an inline fragment on");
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(
                    Context.HideSuggestions ? Array.Empty<string>() : SuggestedFieldNames(type, fieldName));
            }

            Context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node));
            return true;
        }

        // Types of an abstract parent that do define the field: interfaces used by more of them first, then supertypes
        // before their subtypes, then by name.
        private static IReadOnlyList<string> SuggestedTypeNames(GraphQLSchema schema, GraphQLNamedType type, string fieldName)
        {
            if (!type.IsAbstractType)
            {
                return Array.Empty<string>();
            }

            var suggested = new List<GraphQLComplexType>();
            var usageCount = new Dictionary<GraphQLComplexType, int>(ReferenceEqualityComparer.Instance);
            foreach (var possibleType in schema.GetPossibleTypes(type))
            {
                if (possibleType.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!usageCount.ContainsKey(possibleType))
                {
                    suggested.Add(possibleType);
                }

                usageCount[possibleType] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (possibleInterface.GetField(fieldName) is null)
                    {
                        continue;
                    }

                    if (usageCount.TryGetValue(possibleInterface, out var count))
                    {
                        usageCount[possibleInterface] = count + 1;
                    }
                    else
                    {
                        suggested.Add(possibleInterface);
                        usageCount[possibleInterface] = 1;
                    }
                }
            }

            StableSort.BinaryInsertion(suggested, (a, b) =>
            {
                var byUsage = usageCount[b] - usageCount[a];
                if (byUsage != 0)
                {
                    return byUsage;
                }

                if (a is GraphQLInterfaceType && schema.IsSubType(a, b))
                {
                    return -1;
                }

                if (b is GraphQLInterfaceType && schema.IsSubType(b, a))
                {
                    return 1;
                }

                return Suggestions.NaturalCompare(a.Name, b.Name);
            });

            var names = new string[suggested.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = suggested[i].Name;
            }

            return names;
        }

        private static IReadOnlyList<string> SuggestedFieldNames(GraphQLNamedType type, string fieldName)
        {
            if (type is not GraphQLComplexType complex)
            {
                return Array.Empty<string>();
            }

            var names = new string[complex.Fields.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = complex.Fields[i].Name;
            }

            return Suggestions.SuggestionList(fieldName, names);
        }
    }
}
