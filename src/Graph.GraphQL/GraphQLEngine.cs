using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;

namespace Graph.GraphQL;

/// <summary>
/// The entry point of the engine: parses, validates and executes requests against one schema, caching parsed and
/// validated documents (and their execution plans) by the hash of their text. Thread-safe; create one per schema.
/// <see cref="ExecuteAsync"/> never throws for anything a request contains: every problem becomes an error in the
/// result.
/// </summary>
public sealed class GraphQLEngine
{
    /// <summary>Creates an engine for <paramref name="schema"/>.</summary>
    public GraphQLEngine(GraphQLSchema schema, EngineOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Options = options ?? EngineOptions.Default;
        DocumentCache = new DocumentCache(Schema, Options);
    }

    /// <summary>The schema requests run against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The options.</summary>
    public EngineOptions Options { get; }

    /// <summary>The cache of parsed and validated documents.</summary>
    public DocumentCache DocumentCache { get; }

    /// <summary>
    /// Runs one request: parse and validate (or find the document in the cache), then execute. A cancelled
    /// <paramref name="cancellationToken"/> stops execution promptly with <see cref="ExecutionStatus.Cancelled"/>.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query is null)
        {
            return ExecutionResult.Failure(ExecutionStatus.RequestError, new GraphQLError("Must provide query string."));
        }

        try
        {
            var prepared = DocumentCache.GetOrPrepare(request.Query);
            if (prepared.Status != ExecutionStatus.Executed)
            {
                return ExecutionResult.Failure(prepared.Status, prepared.Errors);
            }

            return await Executor.ExecuteAsync(prepared, Schema, Options, request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.Failure(
                ExecutionStatus.Cancelled,
                new GraphQLError(Executor.CancelledMessage, extensions: new Dictionary<string, object?> { ["code"] = "EXECUTION_CANCELLED" }));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A defect of the engine or of a schema component; reported rather than thrown at the transport.
            var message = Options.ExposeExceptionMessages
                ? "Internal error while executing the request: " + exception.Message
                : "Internal error while executing the request.";
            return ExecutionResult.Failure(
                ExecutionStatus.InternalError,
                new GraphQLError(message, originalError: exception, extensions: new Dictionary<string, object?> { ["code"] = "INTERNAL_ERROR" }));
        }
    }
}
