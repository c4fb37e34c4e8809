using Graph.Model;

namespace Graph.Store.Neo4j;

/// <summary>
/// An error Neo4j reported, with Neo4j's own status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>) and message.
/// <see cref="GraphStoreException.Code"/> stays the store-level code; <see cref="Neo4jCode"/> is Neo4j's.
/// </summary>
public class Neo4jException : GraphStoreException
{
    public Neo4jException(string neo4jCode, string neo4jMessage, string? statement = null, Exception? inner = null)
        : this("NEO4J_ERROR", neo4jCode, neo4jMessage, statement, inner)
    {
    }

    protected Neo4jException(string storeCode, string neo4jCode, string neo4jMessage, string? statement, Exception? inner)
        : base(storeCode, $"Neo4j {neo4jCode}{(statement is null ? "" : $" in statement '{statement}'")}: {neo4jMessage}", inner)
    {
        Neo4jCode = neo4jCode;
        Neo4jMessage = neo4jMessage;
        Statement = statement;
    }

    /// <summary>Neo4j's status code, <c>Neo.[Classification].[Category].[Title]</c>.</summary>
    public string Neo4jCode { get; }

    /// <summary>Neo4j's message, as the server wrote it.</summary>
    public string Neo4jMessage { get; }

    /// <summary>The name of the statement that failed, when one did.</summary>
    public string? Statement { get; }

    /// <summary>True for Neo.TransientError.*: the same work may succeed when tried again.</summary>
    public bool IsTransient => Neo4jCode.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}

/// <summary>Neo4j refused the credentials (Neo.ClientError.Security.*): check NEO4J_USER and NEO4J_PASSWORD.</summary>
public sealed class Neo4jAuthenticationException(string neo4jCode, string neo4jMessage, string? statement = null)
    : Neo4jException("NEO4J_AUTH_FAILED", neo4jCode, neo4jMessage, statement, null);

/// <summary>A write broke a uniqueness constraint (Neo.ClientError.Schema.ConstraintValidationFailed); nothing was written.</summary>
public sealed class Neo4jConflictException(string neo4jCode, string neo4jMessage, string? statement = null)
    : Neo4jException("CONFLICT", neo4jCode, neo4jMessage, statement, null);

/// <summary>Neo4j answered with something that is not a Query API response; a bug or a proxy in between.</summary>
public sealed class Neo4jProtocolException(string message, Exception? inner = null)
    : GraphStoreException("NEO4J_PROTOCOL", "Unexpected answer from Neo4j: " + message, inner);
