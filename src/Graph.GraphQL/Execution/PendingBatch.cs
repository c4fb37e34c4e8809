namespace Graph.GraphQL.Execution;

/// <summary>
/// One fetch call of a data loader: started when the executor has nothing else to run, delivered to the waiting
/// resolvers on the executor's loop so that all of them continue before the next round of keys is dispatched.
/// </summary>
internal abstract class PendingBatch : IWorkItem
{
    /// <summary>The fetch call; completes when the store has answered.</summary>
    public abstract Task Fetch { get; }

    /// <summary>Completes every waiting load with the fetched value (or the fetch's failure).</summary>
    public abstract void Deliver();

    /// <inheritdoc />
    public void Run(ExecutionState state)
    {
        state.PendingCompleted();
        Deliver();
    }

    /// <inheritdoc />
    public void Abandon() => Deliver();
}
