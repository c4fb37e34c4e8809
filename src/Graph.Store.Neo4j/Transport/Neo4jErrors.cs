using System.Net;

namespace Graph.Store.Neo4j.Transport;

/// <summary>Turns Neo4j's error codes and HTTP failures into the store's typed exceptions.</summary>
internal static class Neo4jErrors
{
    public static Neo4jException FromServer(string code, string message, string? statement) => code switch
    {
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => new Neo4jAuthenticationException(code, message, statement),
        "Neo.ClientError.Schema.ConstraintValidationFailed" => new Neo4jConflictException(code, message, statement),
        _ => new Neo4jException(code, message, statement),
    };

    /// <summary>An HTTP status with no Neo4j error in the body.</summary>
    public static Exception FromStatus(HttpStatusCode status, string body, string? statement)
    {
        var excerpt = body.Length > 300 ? body[..300] + "…" : body;
        return status switch
        {
            HttpStatusCode.Unauthorized => new Neo4jAuthenticationException("Neo.ClientError.Security.Unauthorized",
                "the server answered 401 Unauthorized: check NEO4J_USER and NEO4J_PASSWORD", statement),
            HttpStatusCode.Forbidden => new Neo4jAuthenticationException("Neo.ClientError.Security.Forbidden",
                "the server answered 403 Forbidden", statement),
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout =>
                new TransientTransportException($"Neo4j answered {(int)status} {status}{(excerpt.Length > 0 ? ": " + excerpt : "")}"),
            HttpStatusCode.NotFound => new Neo4jProtocolException(
                $"404 Not Found{(statement is null ? "" : $" for '{statement}'")}: is this a Neo4j 5 server with the Query API enabled, and does the database exist? {excerpt}"),
            _ => new Neo4jProtocolException($"HTTP {(int)status} {status} without a Neo4j error: {excerpt}"),
        };
    }
}

/// <summary>A failure of the connection or of a server that is (for now) unavailable: worth another try.</summary>
internal sealed class TransientTransportException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The connection failed while a commit was in flight: whether it committed is unknown, so it is not retried.</summary>
internal sealed class CommitOutcomeUnknownException(string message, Exception inner) : Exception(message, inner);
