using System.Runtime.CompilerServices;

namespace Graph.GraphQL.Execution;

/// <summary>A field whose resolver returned an unfinished task: completed on the executor loop when the task finishes.</summary>
internal sealed class PendingField : IWorkItem
{
    private readonly WorkQueue _queue;
    private readonly ResultNode _parent;
    private readonly int _slot;
    private readonly FieldPlan _field;
    private readonly ConfiguredValueTaskAwaitable<object?>.ConfiguredValueTaskAwaiter _awaiter;
    private readonly ResolveContext _context;

    public PendingField(WorkQueue queue, ResultNode parent, int slot, FieldPlan field, ValueTask<object?> resolved, ResolveContext context)
    {
        _queue = queue;
        _parent = parent;
        _slot = slot;
        _field = field;
        _awaiter = resolved.ConfigureAwait(false).GetAwaiter();
        _context = context;
    }

    /// <summary>Arranges for this item to be posted to the queue when the resolver's task completes.</summary>
    public void Start() => _awaiter.UnsafeOnCompleted(Post);

    private void Post() => _queue.Post(this);

    /// <inheritdoc />
    public void Run(ExecutionState state)
    {
        state.PendingCompleted();
        object? value;
        try
        {
            value = _awaiter.GetResult();
        }
        catch (Exception exception) when (!state.IsOwnCancellation(exception))
        {
            if (_parent.IsAlive)
            {
                state.RaiseFieldError(_parent, _slot, _field, exception);
            }

            return;
        }

        if (_parent.IsAlive)
        {
            state.CompleteValue(_parent, _slot, _field, _field.ReturnType, value, _context);
        }
    }

    /// <inheritdoc />
    public void Abandon()
    {
        try
        {
            _awaiter.GetResult();
        }
        catch (Exception)
        {
            // The execution is over; the outcome of this resolver no longer matters.
        }
    }
}
