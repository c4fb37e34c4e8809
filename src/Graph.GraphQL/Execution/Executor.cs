using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The spec's ExecuteRequest for a parsed and validated document: selects the operation, coerces the variables, and
/// executes the root selection set (queries and subscriptions with concurrent asynchronous fields, mutations one root
/// field at a time). Never throws for anything a request can contain; errors come back in the result.
/// </summary>
public static class Executor
{
    /// <summary>The message of the error reported when execution is cancelled.</summary>
    public const string CancelledMessage = "Execution was cancelled before it completed.";

    /// <summary>
    /// Executes <paramref name="document"/>, which the caller has validated against <paramref name="schema"/>. The
    /// request's operation name, variables, root value, context and services are used; its query text is not.
    /// Nothing is cached: <see cref="GraphQLEngine"/> adds parsing, validation and the document cache.
    /// </summary>
    public static Task<ExecutionResult> ExecuteAsync(
        GraphQLSchema schema,
        Document document,
        GraphQLRequest request,
        EngineOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(request);
        var prepared = PreparedDocument.FromValidDocument(schema, request.Query ?? string.Empty, document);
        return ExecuteAsync(prepared, schema, options ?? EngineOptions.Default, request, cancellationToken);
    }

    /// <summary>Executes a prepared (valid) document.</summary>
    internal static Task<ExecutionResult> ExecuteAsync(
        PreparedDocument prepared,
        GraphQLSchema schema,
        EngineOptions options,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        // Resolver continuations must not be posted to a caller's synchronization context: the executor decides when
        // they run (and data loaders rely on that), so the synchronous part runs without one.
        var previous = SynchronizationContext.Current;
        if (previous is null)
        {
            return ExecuteCoreAsync(prepared, schema, options, request, cancellationToken);
        }

        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return ExecuteCoreAsync(prepared, schema, options, request, cancellationToken);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private static async Task<ExecutionResult> ExecuteCoreAsync(
        PreparedDocument prepared,
        GraphQLSchema schema,
        EngineOptions options,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        var operation = OperationSelector.Select(prepared.Document!, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return ExecutionResult.Failure(ExecutionStatus.RequestError, selectionError!);
        }

        if (!IsAllowed(operation.Operation, request.AllowedOperations))
        {
            return ExecutionResult.Failure(
                ExecutionStatus.OperationNotAllowed,
                new GraphQLError($"{Capitalized(operation.Operation)} operations are not allowed for this request.", operation));
        }

        var plan = prepared.GetOperationPlan(operation);
        if (plan.RootType is null)
        {
            var missingRoot = new GraphQLError(
                $"Schema is not configured to execute {Language.Printer.OperationName(operation.Operation)} operation.", operation);
            return new ExecutionResult(ExecutionStatus.Executed, new[] { missingRoot }, true, null);
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(schema, operation, request.Variables, options.MaxVariableErrors, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.Failure(ExecutionStatus.RequestError, variableErrors);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Cancelled();
        }

        SelectionPlan rootPlan;
        try
        {
            rootPlan = plan.GetRootPlan(variables);
        }
        catch (GraphQLError conditionError)
        {
            return new ExecutionResult(ExecutionStatus.Executed, new[] { conditionError }, true, null);
        }

        var state = new ExecutionState(schema, options, operation, variables, request, cancellationToken);
        try
        {
            var root = new ResultObject(rootPlan, request.RootValue, null, 0);
            if (operation.Operation == OperationType.Mutation)
            {
                var fields = rootPlan.Fields;
                for (var i = 0; i < fields.Length && !root.IsNulled; i++)
                {
                    state.ExecuteField(root, i, fields[i]);
                    await state.RunUntilIdleAsync().ConfigureAwait(false);
                }
            }
            else
            {
                state.ExecuteFields(root);
                await state.RunUntilIdleAsync().ConfigureAwait(false);
            }

            return new ExecutionResult(ExecutionStatus.Executed, state.Errors, true, root.IsNulled ? null : root);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Cancelled();
        }
        finally
        {
            state.Close();
        }
    }

    private static ExecutionResult Cancelled() => ExecutionResult.Failure(
        ExecutionStatus.Cancelled,
        new GraphQLError(CancelledMessage, extensions: new Dictionary<string, object?> { ["code"] = "EXECUTION_CANCELLED" }));

    private static bool IsAllowed(OperationType operation, OperationKinds allowed) => operation switch
    {
        OperationType.Query => (allowed & OperationKinds.Query) != 0,
        OperationType.Mutation => (allowed & OperationKinds.Mutation) != 0,
        _ => (allowed & OperationKinds.Subscription) != 0,
    };

    private static string Capitalized(OperationType operation)
    {
        var name = Language.Printer.OperationName(operation);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
