namespace Graph.GraphQL.Execution;

/// <summary>
/// A per-request batch loader (the DataLoader pattern): every key requested through <see cref="LoadAsync"/> while the
/// executor still has other work is queued; when all pending resolvers are waiting, the executor calls the fetch
/// function once with every queued key. Each key is fetched at most once per request (results are memoised).
/// Obtain one with <see cref="ResolveContext.GetDataLoader{TKey,TValue}(string, Func{IReadOnlyList{TKey}, CancellationToken, Task{IReadOnlyDictionary{TKey,TValue}}})"/>;
/// a loader created directly is dispatched by calling <see cref="DispatchAsync"/>.
/// </summary>
/// <typeparam name="TKey">The key type; compared with the given comparer.</typeparam>
/// <typeparam name="TValue">The value type; a key the fetch does not answer loads as <c>default</c>.</typeparam>
public sealed class DataLoader<TKey, TValue> : IBatchSource
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly int _maxBatchSize;
    private readonly object _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _loads;
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _queue = new();
    private int _fetchCount;
    private Action? _keysQueued;

    /// <summary>Creates a loader.</summary>
    /// <param name="name">A name for messages and for finding the loader again within a request.</param>
    /// <param name="fetch">Fetches the values of many keys in one call; keys it leaves out load as <c>default</c>.</param>
    /// <param name="maxBatchSize">The most keys passed to one fetch call; 0 for no limit.</param>
    /// <param name="comparer">How keys are compared; the default comparer when null.</param>
    public DataLoader(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        int maxBatchSize = 0,
        IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBatchSize);
        Name = name;
        _fetch = fetch;
        _maxBatchSize = maxBatchSize;
        _loads = new Dictionary<TKey, TaskCompletionSource<TValue?>>(comparer);
    }

    /// <summary>The name given at creation.</summary>
    public string Name { get; }

    /// <summary>How many times the fetch function has been called.</summary>
    public int FetchCount => Volatile.Read(ref _fetchCount);

    /// <summary>True when keys are waiting for the next fetch call.</summary>
    public bool HasQueuedKeys
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count > 0;
            }
        }
    }

    /// <summary>
    /// Requests the value of <paramref name="key"/>. The task completes when the batch holding the key has been fetched;
    /// it fails when the fetch call failed. Requesting the same key again returns the same task.
    /// </summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Action? notify;
        Task<TValue?> task;
        lock (_gate)
        {
            if (_loads.TryGetValue(key, out var existing))
            {
                return existing.Task;
            }

            // Continuations run where the batch is delivered (the executor's loop), so that every resolver waiting on
            // this batch has continued, and queued its own keys, before the executor looks for the next batch.
            var load = new TaskCompletionSource<TValue?>();
            _loads.Add(key, load);
            _queue.Add(new KeyValuePair<TKey, TaskCompletionSource<TValue?>>(key, load));
            if (_queue.Count > 1)
            {
                return load.Task;
            }

            notify = _keysQueued;
            task = load.Task;
        }

        // The first key of a new batch: an executor that is idle waiting must learn that there is work to dispatch.
        notify?.Invoke();
        return task;
    }

    /// <summary>Requests the values of several keys; the result has one entry per key, in order.</summary>
    public Task<TValue?[]> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var loads = keys.Select(LoadAsync).ToArray();
        return Task.WhenAll(loads);
    }

    /// <summary>Stores a value for a key as if it had been fetched (unless the key was already requested).</summary>
    public void Prime(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            if (!_loads.ContainsKey(key))
            {
                var load = new TaskCompletionSource<TValue?>();
                load.SetResult(value);
                _loads.Add(key, load);
            }
        }
    }

    /// <summary>
    /// Fetches every queued key now and completes their loads. The executor does this by itself for loaders obtained
    /// from a <see cref="ResolveContext"/>; call it for a loader used outside an execution.
    /// </summary>
    public async Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        foreach (var batch in ((IBatchSource)this).StartBatches(cancellationToken))
        {
            try
            {
                await batch.Fetch.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Delivered to every waiting load below.
            }

            batch.Deliver();
        }
    }

    /// <inheritdoc />
    void IBatchSource.OnKeysQueued(Action notify) => _keysQueued = notify;

    /// <inheritdoc />
    IReadOnlyList<PendingBatch> IBatchSource.StartBatches(CancellationToken cancellationToken)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> queued;
        lock (_gate)
        {
            if (_queue.Count == 0)
            {
                return Array.Empty<PendingBatch>();
            }

            queued = _queue;
            _queue = new List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>>();
        }

        var size = _maxBatchSize == 0 ? queued.Count : _maxBatchSize;
        var batches = new List<PendingBatch>((queued.Count + size - 1) / size);
        for (var start = 0; start < queued.Count; start += size)
        {
            var part = queued.GetRange(start, Math.Min(size, queued.Count - start));
            batches.Add(new Batch(this, part, cancellationToken));
        }

        return batches;
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> CallFetch(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetchCount);
        try
        {
            return _fetch(keys, cancellationToken)
                ?? Task.FromException<IReadOnlyDictionary<TKey, TValue>>(
                    new InvalidOperationException($"The fetch function of data loader \"{Name}\" returned no task."));
        }
        catch (Exception exception)
        {
            return Task.FromException<IReadOnlyDictionary<TKey, TValue>>(exception);
        }
    }

    private sealed class Batch : PendingBatch
    {
        private readonly DataLoader<TKey, TValue> _owner;
        private readonly List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _loads;
        private readonly Task<IReadOnlyDictionary<TKey, TValue>> _fetch;
        private int _delivered;

        public Batch(DataLoader<TKey, TValue> owner, List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> loads, CancellationToken cancellationToken)
        {
            _owner = owner;
            _loads = loads;
            var keys = new TKey[loads.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = loads[i].Key;
            }

            _fetch = owner.CallFetch(keys, cancellationToken);
        }

        public override Task Fetch => _fetch;

        public override void Deliver()
        {
            if (Interlocked.Exchange(ref _delivered, 1) == 1)
            {
                return;
            }

            if (!_fetch.IsCompleted)
            {
                // The execution ended before the fetch did: fail the loads rather than leave them waiting forever.
                var abandoned = new OperationCanceledException($"The request ended before data loader \"{_owner.Name}\" answered.");
                foreach (var load in _loads)
                {
                    load.Value.TrySetException(abandoned);
                }

                _fetch.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
                return;
            }

            if (_fetch.IsCanceled)
            {
                foreach (var load in _loads)
                {
                    load.Value.TrySetCanceled();
                }

                return;
            }

            if (_fetch.IsFaulted)
            {
                var error = _fetch.Exception!.InnerExceptions.Count == 1 ? _fetch.Exception.InnerException! : _fetch.Exception;
                foreach (var load in _loads)
                {
                    load.Value.TrySetException(error);
                }

                return;
            }

            var values = _fetch.Result;
            if (values is null)
            {
                var error = new InvalidOperationException($"The fetch function of data loader \"{_owner.Name}\" returned null.");
                foreach (var load in _loads)
                {
                    load.Value.TrySetException(error);
                }

                return;
            }

            foreach (var load in _loads)
            {
                load.Value.TrySetResult(values.TryGetValue(load.Key, out var value) ? value : default);
            }
        }
    }
}
