namespace Graph.GraphQL.Execution;

/// <summary>The fields of an object result whose execution was moved to the executor loop to keep the stack shallow.</summary>
internal sealed class DeferredFields : IWorkItem
{
    private readonly ResultObject _result;

    public DeferredFields(ResultObject result)
    {
        _result = result;
    }

    /// <inheritdoc />
    public void Run(ExecutionState state)
    {
        if (_result.IsAlive)
        {
            state.ExecuteFields(_result);
        }
    }

    /// <inheritdoc />
    public void Abandon()
    {
    }
}
