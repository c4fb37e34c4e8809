using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents by the SHA-256 of their text, least recently used dropped first. A repeated query
/// skips parsing and validation, and reuses the execution plans built for it. The text itself is compared on a hit,
/// so even a hash collision cannot serve the wrong document. Safe for concurrent use.
/// </summary>
public sealed class DocumentCache
{
    private readonly GraphQLSchema _schema;
    private readonly EngineOptions _options;
    private readonly object _gate = new();
    private readonly Dictionary<DocumentHash, LinkedListNode<PreparedDocument>> _entries = new();
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
    public long Hits => Interlocked.Read(ref _hits);

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

        var hash = DocumentHash.Of(text);
        lock (_gate)
        {
            if (_entries.TryGetValue(hash, out var node) && string.Equals(node.Value.Text, text, StringComparison.Ordinal))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                Interlocked.Increment(ref _hits);
                return node.Value;
            }
        }

        var prepared = Prepare(text);
        lock (_gate)
        {
            if (_entries.TryGetValue(hash, out var existing))
            {
                _recency.Remove(existing);
                _entries.Remove(hash);
            }

            _entries[hash] = _recency.AddFirst(prepared);
            while (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(DocumentHash.Of(oldest.Value.Text));
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

    /// <summary>The SHA-256 of a document's UTF-8 text.</summary>
    private readonly record struct DocumentHash(ulong A, ulong B, ulong C, ulong D)
    {
        public static DocumentHash Of(string text)
        {
            var byteCount = Encoding.UTF8.GetMaxByteCount(text.Length);
            var rented = byteCount > 1024 ? ArrayPool<byte>.Shared.Rent(byteCount) : null;
            try
            {
                Span<byte> buffer = rented ?? stackalloc byte[1024];
                var length = Encoding.UTF8.GetBytes(text, buffer);
                Span<byte> digest = stackalloc byte[32];
                SHA256.HashData(buffer[..length], digest);
                return new DocumentHash(
                    BitConverter.ToUInt64(digest[..8]),
                    BitConverter.ToUInt64(digest[8..16]),
                    BitConverter.ToUInt64(digest[16..24]),
                    BitConverter.ToUInt64(digest[24..]));
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }
    }
}
