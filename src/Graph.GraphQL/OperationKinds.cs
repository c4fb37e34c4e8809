namespace Graph.GraphQL;

/// <summary>Kinds of operation, combinable, for <see cref="GraphQLRequest.AllowedOperations"/>.</summary>
[Flags]
public enum OperationKinds
{
    /// <summary>No operation at all.</summary>
    None = 0,

    /// <summary>Query operations.</summary>
    Query = 1,

    /// <summary>Mutation operations.</summary>
    Mutation = 2,

    /// <summary>Subscription operations (executed once, like a query, as graphql-js's <c>execute</c> does).</summary>
    Subscription = 4,

    /// <summary>Every kind.</summary>
    All = Query | Mutation | Subscription,
}
