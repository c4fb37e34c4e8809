namespace Graph.GraphQL;

/// <summary>How far a request got; lets a transport choose a status code without reading messages.</summary>
public enum ExecutionStatus
{
    /// <summary>The operation was executed; the result has data (possibly with field errors).</summary>
    Executed,

    /// <summary>The document could not be parsed (syntax error, invalid characters, a size or depth limit).</summary>
    SyntaxError,

    /// <summary>The document failed validation against the schema.</summary>
    ValidationFailed,

    /// <summary>The request could not be executed: no or an unknown operation, bad variable values.</summary>
    RequestError,

    /// <summary>The selected operation's kind is not allowed for this request (see <see cref="GraphQLRequest.AllowedOperations"/>).</summary>
    OperationNotAllowed,

    /// <summary>Execution was cancelled (a timeout or a client that went away) before it completed.</summary>
    Cancelled,

    /// <summary>A defect in the engine or a schema component stopped the request; the error says what happened.</summary>
    InternalError,
}
