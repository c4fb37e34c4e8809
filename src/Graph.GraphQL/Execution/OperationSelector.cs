using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Execution;

/// <summary>The spec's GetOperation: picks the operation to run from a document.</summary>
internal static class OperationSelector
{
    /// <summary>
    /// The operation named <paramref name="operationName"/>, or the only operation when no name is given; otherwise
    /// an error worded as graphql-js words it.
    /// </summary>
    public static OperationDefinition? Select(Document document, string? operationName, out GraphQLError? error)
    {
        OperationDefinition? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinition operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                found = operation;
            }
        }

        if (found is null)
        {
            error = operationName is null
                ? new GraphQLError("Must provide an operation.")
                : new GraphQLError($"Unknown operation named \"{operationName}\".");
            return null;
        }

        error = null;
        return found;
    }
}
