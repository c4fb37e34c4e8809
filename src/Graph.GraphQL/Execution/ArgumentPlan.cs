using System.Collections.ObjectModel;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The arguments of one planned field. Arguments written without variables are coerced once, when the plan is built,
/// and shared (read-only) by every execution; those with variables are coerced per execution.
/// </summary>
internal sealed class ArgumentPlan
{
    private readonly IReadOnlyList<GraphQLArgument> _definitions;
    private readonly IReadOnlyList<Argument> _nodes;
    private readonly Field _field;
    private readonly IReadOnlyDictionary<string, object?>? _constant;
    private readonly GraphQLError? _constantError;

    private ArgumentPlan(IReadOnlyList<GraphQLArgument> definitions, Field field)
    {
        _definitions = definitions;
        _nodes = field.Arguments;
        _field = field;
        if (ArgumentCoercion.UsesVariables(_nodes))
        {
            return;
        }

        try
        {
            _constant = new ReadOnlyDictionary<string, object?>(ArgumentCoercion.Coerce(definitions, _nodes, field, null));
        }
        catch (GraphQLError error)
        {
            _constantError = error;
        }
    }

    /// <summary>No arguments.</summary>
    public static IReadOnlyDictionary<string, object?> Empty { get; } = ReadOnlyDictionary<string, object?>.Empty;

    /// <summary>The plan for <paramref name="field"/> selecting a field declaring <paramref name="definitions"/>.</summary>
    public static ArgumentPlan? Create(IReadOnlyList<GraphQLArgument> definitions, Field field) =>
        definitions.Count == 0 ? null : new ArgumentPlan(definitions, field);

    /// <summary>The coerced arguments for an execution with <paramref name="variables"/>.</summary>
    /// <exception cref="GraphQLError">An argument is missing or invalid.</exception>
    public IReadOnlyDictionary<string, object?> Coerce(IReadOnlyDictionary<string, object?> variables)
    {
        if (_constant is not null)
        {
            return _constant;
        }

        if (_constantError is not null)
        {
            throw new GraphQLError(_constantError.Message, _constantError.Nodes, originalError: _constantError.OriginalError);
        }

        return ArgumentCoercion.Coerce(_definitions, _nodes, _field, variables);
    }
}
