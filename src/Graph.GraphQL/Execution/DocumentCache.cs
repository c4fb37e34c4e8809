using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents in a hash table keyed by their text (ordinal hash and comparison, so a hit is always
/// the identical text), least recently used dropped first. A repeated query skips parsing and validation and reuses the
/// execution plans built for it. Safe for concurrent use.
/// </summary>
public sealed class DocumentCache
{
    private readonly GraphQLSchema _schema;
    private readonly EngineOptions _options;
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<PreparedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<PreparedDocument> _recency = new();
    private long _hits;
    private long _misses;

    internal DocumentCache(GraphQLSchema schema, EngineOptions options)
    {
        _schema = schema;
        _options = options;
        Capacity = Math.Max(0, options.DocumentCacheSize);
    }

    /// <summary>The most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>How many documents are cached now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>How many lookups found their document (no parsing or validation).</summary>
    public long Hits
    {
        get
        {
            lock (_gate)
            {
                return _hits;
            }
        }
    }

    /// <summary>How many lookups had to parse (and, when it parsed, validate) their document.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Raised after a document text was parsed and validated (a cache miss); the argument is the text.</summary>
    public event Action<string>? DocumentPrepared;

    /// <summary>Drops every cached document (the counters are kept).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    /// <summary>The prepared document for <paramref name="text"/>, from the cache or prepared now.</summary>
    internal PreparedDocument GetOrPrepare(string text)
    {
        if (Capacity == 0)
        {
            return Prepare(text);
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                if (node != _recency.First)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                }

                _hits++;
                return node.Value;
            }
        }

        var prepared = Prepare(text);
        lock (_gate)
        {
            if (_entries.Remove(text, out var existing))
            {
                _recency.Remove(existing);
            }

            _entries[text] = _recency.AddFirst(prepared);
            while (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Text);
            }
        }

        return prepared;
    }

    private PreparedDocument Prepare(string text)
    {
        Interlocked.Increment(ref _misses);
        var prepared = PreparedDocument.Prepare(_schema, text, _options);
        DocumentPrepared?.Invoke(text);
        return prepared;
    }
}
