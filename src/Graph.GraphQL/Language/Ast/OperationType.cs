namespace Graph.GraphQL.Language.Ast;

/// <summary>The three kinds of operation.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch.</summary>
    Mutation,

    /// <summary>A long-lived request that receives a stream of events.</summary>
    Subscription,
}
