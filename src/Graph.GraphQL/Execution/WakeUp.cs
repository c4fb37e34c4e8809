namespace Graph.GraphQL.Execution;

/// <summary>
/// An empty work item that makes a waiting executor loop look around again, e.g. because a resolver running on another
/// thread has just queued data loader keys that the loop should dispatch.
/// </summary>
internal sealed class WakeUp : IWorkItem
{
    /// <summary>The shared instance.</summary>
    public static WakeUp Instance { get; } = new();

    /// <inheritdoc />
    public void Run(ExecutionState state)
    {
    }

    /// <inheritdoc />
    public void Abandon()
    {
    }
}
