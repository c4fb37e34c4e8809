namespace Graph.GraphQL.Execution;

/// <summary>The data loaders of one request, by name; the executor dispatches their queued keys.</summary>
internal sealed class DataLoaderScope
{
    private readonly object _gate = new();
    private readonly Dictionary<string, IBatchSource> _loaders = new(StringComparer.Ordinal);
    private readonly Action _keysQueued;
    private IBatchSource[] _list = Array.Empty<IBatchSource>();

    /// <summary>Creates the scope; <paramref name="keysQueued"/> is called whenever a loader starts a new batch of keys.</summary>
    public DataLoaderScope(Action keysQueued)
    {
        _keysQueued = keysQueued;
    }

    /// <summary>The loader registered under <paramref name="name"/>, created with <paramref name="fetch"/> on first use.</summary>
    /// <exception cref="InvalidOperationException">The name is already used by a loader of other key or value types.</exception>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        int maxBatchSize)
        where TKey : notnull
    {
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue> ?? throw new InvalidOperationException(
                    $"Data loader \"{name}\" already exists in this request with other key or value types than " +
                    $"{typeof(TKey).Name} -> {typeof(TValue).Name}.");
            }

            var loader = new DataLoader<TKey, TValue>(name, fetch, maxBatchSize);
            ((IBatchSource)loader).OnKeysQueued(_keysQueued);
            _loaders.Add(name, loader);
            _list = [.. _list, loader];
            return loader;
        }
    }

    /// <summary>True when any loader has keys waiting for a fetch.</summary>
    public bool HasQueuedKeys
    {
        get
        {
            foreach (var loader in Volatile.Read(ref _list))
            {
                if (loader.HasQueuedKeys)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Starts a fetch for the queued keys of every loader.</summary>
    public List<PendingBatch> StartBatches(CancellationToken cancellationToken)
    {
        var batches = new List<PendingBatch>();
        foreach (var loader in Volatile.Read(ref _list))
        {
            batches.AddRange(loader.StartBatches(cancellationToken));
        }

        return batches;
    }
}
