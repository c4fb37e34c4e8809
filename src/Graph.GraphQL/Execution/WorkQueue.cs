namespace Graph.GraphQL.Execution;

/// <summary>
/// The executor's inbox: asynchronous completions (resolvers that finished, fetches that answered) are posted here from
/// any thread and run one at a time by the executor loop, so the result tree never needs locks.
/// </summary>
internal sealed class WorkQueue
{
    private readonly object _gate = new();
    private readonly Queue<IWorkItem> _items = new();
    private TaskCompletionSource? _waiter;
    private bool _closed;

    /// <summary>Posts an item; after <see cref="Close"/> the item is abandoned instead.</summary>
    public void Post(IWorkItem item)
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            if (_closed)
            {
                waiter = null;
            }
            else
            {
                _items.Enqueue(item);
                waiter = _waiter;
                _waiter = null;
                item = null!;
            }
        }

        if (item is not null)
        {
            item.Abandon();
            return;
        }

        waiter?.TrySetResult();
    }

    /// <summary>Takes the next item, if any.</summary>
    public bool TryTake(out IWorkItem item)
    {
        lock (_gate)
        {
            return _items.TryDequeue(out item!);
        }
    }

    /// <summary>Completes when an item is available (at once if one is), or fails when <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_items.Count > 0)
            {
                return Task.CompletedTask;
            }

            _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiter.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Stops accepting items; those still queued and any posted later are abandoned.</summary>
    public void Close()
    {
        List<IWorkItem> left;
        lock (_gate)
        {
            _closed = true;
            left = _items.ToList();
            _items.Clear();
        }

        foreach (var item in left)
        {
            item.Abandon();
        }
    }
}
