using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// One execution of an operation. Fields are executed depth-first on one logical thread: a resolver that completes
/// synchronously is completed at once; one that does not is left pending and its sibling fields (and list items)
/// go on, so asynchronous resolvers run concurrently. Their completions are posted to a <see cref="WorkQueue"/> and
/// run by <see cref="RunUntilIdleAsync"/>, which also dispatches data loader batches whenever nothing else can run.
/// The result tree is therefore only ever touched by one thread at a time and needs no locks.
/// </summary>
internal sealed partial class ExecutionState
{
    private WorkQueue? _queue;
    private DataLoaderScope? _loaders;
    private int _pending;

    /// <summary>Creates the state of one execution.</summary>
    public ExecutionState(
        GraphQLSchema schema,
        EngineOptions options,
        OperationDefinition operation,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Options = options;
        Operation = operation;
        Variables = variables;
        RootValue = request.RootValue;
        Context = request.Context;
        Services = request.Services;
        CancellationToken = cancellationToken;
    }

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The engine options.</summary>
    public EngineOptions Options { get; }

    /// <summary>The operation being executed.</summary>
    public OperationDefinition Operation { get; }

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The root value.</summary>
    public object? RootValue { get; }

    /// <summary>The application context.</summary>
    public object? Context { get; }

    /// <summary>The request services.</summary>
    public IServiceProvider? Services { get; }

    /// <summary>Cancels the execution.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The field errors, in the order they occurred.</summary>
    public List<GraphQLError> Errors { get; } = new();

    /// <summary>The request's data loaders (created on first use, from any thread).</summary>
    public DataLoaderScope Loaders
    {
        get
        {
            var loaders = Volatile.Read(ref _loaders);
            if (loaders is not null)
            {
                return loaders;
            }

            var queue = Queue;
            Interlocked.CompareExchange(ref _loaders, new DataLoaderScope(() => queue.Post(WakeUp.Instance)), null);
            return _loaders!;
        }
    }

    /// <summary>The queue of completions, created on first use (from any thread).</summary>
    public WorkQueue Queue
    {
        get
        {
            var queue = Volatile.Read(ref _queue);
            if (queue is not null)
            {
                return queue;
            }

            Interlocked.CompareExchange(ref _queue, new WorkQueue(), null);
            return _queue!;
        }
    }

    /// <summary>Records that an asynchronous completion is outstanding (executor loop only).</summary>
    public void PendingStarted()
    {
        _ = Queue;
        _pending++;
    }

    /// <summary>Records that an outstanding completion has arrived and is being run (executor loop only).</summary>
    public void PendingCompleted() => _pending--;

    /// <summary>True when <paramref name="exception"/> is this execution being cancelled (not a resolver's own cancellation).</summary>
    public bool IsOwnCancellation(Exception exception) =>
        exception is OperationCanceledException && CancellationToken.IsCancellationRequested;

    /// <summary>
    /// Runs posted completions and dispatches data loader batches until nothing is outstanding. Completes
    /// synchronously when nothing asynchronous was started.
    /// </summary>
    /// <exception cref="OperationCanceledException">The execution was cancelled.</exception>
    public ValueTask RunUntilIdleAsync()
    {
        if (Volatile.Read(ref _queue) is null && _pending == 0)
        {
            return ValueTask.CompletedTask;
        }

        return new ValueTask(RunLoopAsync());
    }

    private async Task RunLoopAsync()
    {
        var queue = Queue;
        while (true)
        {
            while (queue.TryTake(out var item))
            {
                CancellationToken.ThrowIfCancellationRequested();
                item.Run(this);
            }

            if (_pending == 0)
            {
                return;
            }

            CancellationToken.ThrowIfCancellationRequested();
            if (_loaders is { HasQueuedKeys: true } loaders)
            {
                // Everything that can run has run and some of what is outstanding waits on loaders: fetch now.
                foreach (var batch in loaders.StartBatches(CancellationToken))
                {
                    PendingStarted();
                    var posted = batch;
                    batch.Fetch.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => queue.Post(posted));
                }

                continue;
            }

            await queue.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops accepting completions; anything still outstanding is abandoned when it arrives.</summary>
    public void Close() => _queue?.Close();
}
