using System.Collections.ObjectModel;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Decides <c>@skip</c> and <c>@include</c> for one combination of the values of the variables they use. Plans are
/// cached per combination, so executions that agree on those variables share every plan.
/// </summary>
internal sealed class Conditions
{
    private const int MaxKeyedVariables = 32;

    private readonly IReadOnlyDictionary<string, ConditionState> _states;

    private Conditions(IReadOnlyDictionary<string, ConditionState> states)
    {
        _states = states;
    }

    /// <summary>Conditions of a document whose directives use no variables.</summary>
    public static Conditions Constant { get; } = new(ReadOnlyDictionary<string, ConditionState>.Empty);

    /// <summary>
    /// The conditions for <paramref name="variables"/> and a key identifying them among executions of the same
    /// operation; the key is null when too many variables are involved to key them (the plan is then not cached).
    /// </summary>
    public static Conditions For(IReadOnlyList<string> conditionVariables, IReadOnlyDictionary<string, object?> variables, out ulong? key)
    {
        if (conditionVariables.Count == 0)
        {
            key = 0;
            return Constant;
        }

        var states = new Dictionary<string, ConditionState>(conditionVariables.Count, StringComparer.Ordinal);
        ulong bits = 0;
        for (var i = 0; i < conditionVariables.Count; i++)
        {
            var name = conditionVariables[i];
            var state = !variables.TryGetValue(name, out var value) ? ConditionState.Missing
                : value is bool flag ? (flag ? ConditionState.True : ConditionState.False)
                : ConditionState.Null;
            states[name] = state;
            if (i < MaxKeyedVariables)
            {
                bits |= (ulong)state << (2 * i);
            }
        }

        key = conditionVariables.Count <= MaxKeyedVariables ? bits : null;
        return new Conditions(states);
    }

    /// <summary>
    /// True unless <c>@skip(if: true)</c> or <c>@include(if: false)</c> applies to <paramref name="node"/>.
    /// </summary>
    /// <exception cref="GraphQLError">The <c>if</c> argument is missing, null or invalid.</exception>
    public bool IsIncluded(IReadOnlyList<Directive> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }

        Directive? skip = null;
        Directive? include = null;
        foreach (var directive in directives)
        {
            switch (directive.Name.Value)
            {
                case "skip":
                    skip ??= directive;
                    break;
                case "include":
                    include ??= directive;
                    break;
            }
        }

        if (skip is not null && Evaluate(skip))
        {
            return false;
        }

        return include is null || Evaluate(include);
    }

    private bool Evaluate(Directive directive)
    {
        Argument? argument = null;
        foreach (var candidate in directive.Arguments)
        {
            if (candidate.Name.Value == "if")
            {
                argument = candidate;
                break;
            }
        }

        if (argument is null)
        {
            throw new GraphQLError("Argument \"if\" of required type \"Boolean!\" was not provided.", directive);
        }

        switch (argument.Value)
        {
            case BooleanValue literal:
                return literal.Value;
            case Variable variable:
                var state = _states.TryGetValue(variable.Name.Value, out var known) ? known : ConditionState.Missing;
                return state switch
                {
                    ConditionState.True => true,
                    ConditionState.False => false,
                    ConditionState.Null => throw new GraphQLError(
                        "Argument \"if\" of non-null type \"Boolean!\" must not be null.", variable),
                    _ => throw new GraphQLError(
                        $"Argument \"if\" of required type \"Boolean!\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                        variable),
                };
            case NullValue nullValue:
                throw new GraphQLError("Argument \"if\" of non-null type \"Boolean!\" must not be null.", nullValue);
            default:
                throw new GraphQLError($"Argument \"if\" has invalid value {Printer.Print(argument.Value)}.", argument.Value);
        }
    }

    /// <summary>The names of the variables used as <c>if</c> of <c>@skip</c>/<c>@include</c> anywhere in a document.</summary>
    public static IReadOnlyList<string> FindConditionVariables(Document document)
    {
        List<string>? names = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable)
            {
                Collect(executable.SelectionSet, ref names);
            }
        }

        return names ?? (IReadOnlyList<string>)Array.Empty<string>();
    }

    // Recursion depth is bounded by the parser's nesting limit.
    private static void Collect(SelectionSet selectionSet, ref List<string>? names)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Value is Variable variable && !(names?.Contains(variable.Name.Value) ?? false))
                        {
                            (names ??= new List<string>()).Add(variable.Name.Value);
                        }
                    }
                }
            }

            switch (selection)
            {
                case Field { SelectionSet: { } nested }:
                    Collect(nested, ref names);
                    break;
                case InlineFragment inline:
                    Collect(inline.SelectionSet, ref names);
                    break;
            }
        }
    }
}
