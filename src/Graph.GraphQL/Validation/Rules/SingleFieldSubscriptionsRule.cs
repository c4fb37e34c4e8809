using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field (after applying @skip/@include and
/// following fragments, as execution would with no variables), and that field is not an introspection field.
/// </summary>
/// <remarks>
/// graphql-js throws (instead of reporting) when a @skip/@include at the subscription root has a variable or an
/// invalid argument; here that problem is reported as a validation error with the same message and location, and the
/// rest of that operation is not checked.
/// </remarks>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    /// <inheritdoc />
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private Dictionary<string, FragmentDefinition>? _fragments;

        public Visitor(ValidationContext context)
            : base(context, KindSet.Of(Kind.OperationDefinition))
        {
        }

        public override bool Enter(Node node)
        {
            var operation = (OperationDefinition)node;
            if (operation.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return true;
            }

            var operationName = operation.Name?.Value;
            if (_fragments is null)
            {
                _fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
                var definitions = Context.Document.Definitions;
                Context.SpendFragmentWork(definitions.Count);
                foreach (var definition in definitions)
                {
                    if (definition is FragmentDefinition fragment)
                    {
                        _fragments[fragment.Name.Value] = fragment;
                    }
                }
            }

            var fields = new OrderedDictionary<string, List<Field>>(StringComparer.Ordinal);
            try
            {
                Collect(subscriptionType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
            }
            catch (GraphQLError error)
            {
                Context.ReportError(error);
                return true;
            }

            if (fields.Count > 1)
            {
                var extra = new List<Node>();
                for (var i = 1; i < fields.Count; i++)
                {
                    extra.AddRange(fields.GetAt(i).Value);
                }

                Context.ReportError(new GraphQLError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    extra));
            }

            foreach (var (_, fieldNodes) in fields)
            {
                if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    Context.ReportError(new GraphQLError(
                        operationName is not null
                            ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                            : "Anonymous Subscription must not select an introspection top level field.",
                        fieldNodes.ToArray()));
                }
            }

            return true;
        }

        // Field collection as execution does it for the root selection set, with no variable values.
        private void Collect(
            GraphQLObjectType runtimeType,
            SelectionSet selectionSet,
            OrderedDictionary<string, List<Field>> fields,
            HashSet<string> visitedFragments)
        {
            StackGuard.EnsureStack();
            SpendSelectionSetWork(selectionSet);
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case Field field:
                        if (!ShouldInclude(field))
                        {
                            continue;
                        }

                        if (fields.TryGetValue(field.ResponseKey, out var list))
                        {
                            list.Add(field);
                        }
                        else
                        {
                            fields.Add(field.ResponseKey, new List<Field> { field });
                        }

                        break;
                    case InlineFragment inline:
                        if (!ShouldInclude(inline) || !ConditionMatches(inline.TypeCondition, runtimeType))
                        {
                            continue;
                        }

                        Collect(runtimeType, inline.SelectionSet, fields, visitedFragments);
                        break;
                    case FragmentSpread spread:
                        var name = spread.Name.Value;
                        if (visitedFragments.Contains(name) || !ShouldInclude(spread))
                        {
                            continue;
                        }

                        visitedFragments.Add(name);
                        if (!_fragments!.TryGetValue(name, out var fragment) || !ConditionMatches(fragment.TypeCondition, runtimeType))
                        {
                            continue;
                        }

                        Collect(runtimeType, fragment.SelectionSet, fields, visitedFragments);
                        break;
                }
            }
        }

        private void SpendSelectionSetWork(SelectionSet selectionSet)
        {
            Context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                Context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        Context.SpendFragmentWork(directive.Arguments.Count);
                    }
                }
            }
        }

        private bool ConditionMatches(NamedType? condition, GraphQLObjectType runtimeType)
        {
            if (condition is null)
            {
                return true;
            }

            var conditionType = Context.Schema.GetTypeFromAst(condition);
            if (ReferenceEquals(conditionType, runtimeType))
            {
                return true;
            }

            return conditionType is GraphQLNamedType { IsAbstractType: true } abstractType &&
                   Context.Schema.IsSubType(abstractType, runtimeType);
        }

        private static bool ShouldInclude(SelectionNode selection)
        {
            if (IfArgument(selection, "skip") == true)
            {
                return false;
            }

            return IfArgument(selection, "include") != false;
        }

        // The value of the "if" argument of the first @skip or @include on the selection, or null when there is none.
        // Throws the error execution would raise when the value cannot be determined without variables.
        private static bool? IfArgument(SelectionNode selection, string directiveName)
        {
            Directive? directive = null;
            foreach (var candidate in selection.Directives)
            {
                if (candidate.Name.Value == directiveName)
                {
                    directive = candidate;
                    break;
                }
            }

            if (directive is null)
            {
                return null;
            }

            Argument? argument = null;
            foreach (var candidate in directive.Arguments)
            {
                if (candidate.Name.Value == "if")
                {
                    argument = candidate;
                }
            }

            if (argument is null)
            {
                throw new GraphQLError("Argument \"if\" of required type \"Boolean!\" was not provided.", directive);
            }

            switch (argument.Value)
            {
                case Variable variable:
                    throw new GraphQLError(
                        $"Argument \"if\" of required type \"Boolean!\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                        variable);
                case NullValue:
                    throw new GraphQLError("Argument \"if\" of non-null type \"Boolean!\" must not be null.", argument.Value);
                case BooleanValue boolean:
                    return boolean.Value;
                default:
                    throw new GraphQLError($"Argument \"if\" has invalid value {Printer.Print(argument.Value)}.", argument.Value);
            }
        }
    }
}
