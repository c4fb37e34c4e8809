using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// Raised by scalar and enum coercion (serialize, parse value, parse literal) when a value does not fit the type.
/// The message is worded as graphql-js words it, e.g. <c>Int cannot represent non-integer value: 1.5</c>, so that
/// callers can embed it in their own messages.
/// </summary>
public sealed class GraphQLCoercionError : GraphQLError
{
    /// <summary>Creates the error, optionally about a literal node.</summary>
    public GraphQLCoercionError(string message, Node? node = null)
        : base(message, node is null ? null : new[] { node })
    {
    }
}
