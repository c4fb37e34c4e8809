namespace Graph.GraphQL.Execution;

/// <summary>Work the executor's loop runs on its own logical thread once something it waited for is ready.</summary>
internal interface IWorkItem
{
    /// <summary>Runs the work; called only by the executor loop.</summary>
    void Run(ExecutionState state);

    /// <summary>Called instead of <see cref="Run"/> when the execution has ended (e.g. was cancelled) before it could run.</summary>
    void Abandon();
}
