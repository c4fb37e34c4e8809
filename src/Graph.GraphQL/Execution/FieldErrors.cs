using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Execution;

/// <summary>Turns what went wrong in a field into a located <see cref="GraphQLError"/>, as graphql-js's <c>locatedError</c> does.</summary>
internal static class FieldErrors
{
    /// <summary>
    /// The error for <paramref name="exception"/> raised at <paramref name="path"/>: a <see cref="GraphQLError"/> that
    /// already has a path is kept; otherwise its message, nodes (or the field's) and extensions are kept and the path
    /// added. Other exceptions contribute their message (unless the options hide it).
    /// </summary>
    public static GraphQLError Locate(Exception exception, IReadOnlyList<Node> fieldNodes, IReadOnlyList<object> path, EngineOptions options)
    {
        exception = Unwrap(exception);
        if (exception is GraphQLError error)
        {
            if (error.Path is not null)
            {
                return error;
            }

            return new GraphQLError(
                error.Message,
                error.Nodes ?? (error.Positions is null ? fieldNodes : null),
                error.DocumentSource,
                error.Positions,
                path,
                error.OriginalError ?? error,
                error.Extensions);
        }

        var message = options.ExposeExceptionMessages ? exception.Message : options.HiddenExceptionMessage;
        return new GraphQLError(message, fieldNodes, path: path, originalError: exception);
    }

    private static Exception Unwrap(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    exception = aggregate.InnerExceptions[0];
                    break;
                case System.Reflection.TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    break;
                default:
                    return exception;
            }
        }
    }
}
