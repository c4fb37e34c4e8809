using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The spec's CoerceArgumentValues: turns the argument literals of a field (or directive) into internal values,
/// substituting variables, applying defaults and reporting the first problem as graphql-js words it.
/// </summary>
internal static class ArgumentCoercion
{
    /// <summary>True when any argument value refers to a variable (the coerced values then differ per execution).</summary>
    public static bool UsesVariables(IReadOnlyList<Argument> arguments)
    {
        foreach (var argument in arguments)
        {
            if (UsesVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesVariables(ValueNode value) => value switch
    {
        Variable => true,
        ListValue list => list.Values.Any(UsesVariables),
        ObjectValue obj => obj.Fields.Any(f => UsesVariables(f.Value)),
        _ => false,
    };

    /// <summary>Coerces the arguments given by <paramref name="nodes"/> for the definitions <paramref name="definitions"/>.</summary>
    /// <param name="definitions">The declared arguments.</param>
    /// <param name="nodes">The arguments as written.</param>
    /// <param name="owner">The field or directive node, for errors about missing arguments.</param>
    /// <param name="variables">The coerced variable values, or null when there are none.</param>
    /// <exception cref="GraphQLError">An argument is missing, null where it must not be, or invalid.</exception>
    public static Dictionary<string, object?> Coerce(
        IReadOnlyList<GraphQLArgument> definitions,
        IReadOnlyList<Argument> nodes,
        Node owner,
        IReadOnlyDictionary<string, object?>? variables)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            Argument? node = null;
            for (var i = 0; i < nodes.Count; i++)
            {
                if (nodes[i].Name.Value == name)
                {
                    node = nodes[i];
                    break;
                }
            }

            if (node is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (type.IsNonNull)
                {
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was not provided.", owner);
                }

                continue;
            }

            var valueNode = node.Value;
            var isNull = valueNode is NullValue;
            if (valueNode is Variable variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (type.IsNonNull)
                    {
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type.IsNonNull)
            {
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            }

            if (!AstValues.TryValueFromAst(valueNode, type, variables, out var value))
            {
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }
}
