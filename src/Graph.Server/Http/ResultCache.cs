using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Graph.Server.Http;

/// <summary>
/// Finished query responses (status, media type, UTF-8 body) keyed by everything that decides them: the query text,
/// the operation name, the variables and the media type. Every write to the graph calls <see cref="Invalidate"/>,
/// which expires all entries at once, so a cached answer never outlives the graph it was computed on.
/// </summary>
public sealed class ResultCache : IDisposable
{
    private readonly MemoryCache? _cache;
    private CancellationTokenSource _generation = new();
    private readonly object _gate = new();

    public ResultCache(int capacity)
    {
        if (capacity > 0) _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity });
    }

    public bool Enabled => _cache is not null;

    public bool TryGet(string key, out CachedResponse? response)
    {
        response = null;
        if (_cache is null) return false;
        if (!_cache.TryGetValue(key, out CachedResponse? found) || found is null) return false;
        response = found;
        return true;
    }

    /// <summary>The current generation: take it before computing a response and hand it to <see cref="Set"/>, so
    /// that a response computed across a write is stored already expired.</summary>
    public CancellationToken Generation
    {
        get { lock (_gate) return _generation.Token; }
    }

    public void Set(string key, CachedResponse response, CancellationToken generation)
    {
        if (_cache is null || generation.IsCancellationRequested) return;
        var token = generation;
        var options = new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) }
            .AddExpirationToken(new CancellationChangeToken(token));
        _cache.Set(key, response, options);
    }

    /// <summary>Drops every cached response; called after each successful write to the graph.</summary>
    public void Invalidate()
    {
        CancellationTokenSource old;
        lock (_gate)
        {
            old = _generation;
            _generation = new CancellationTokenSource();
        }
        old.Cancel();
        _cache?.Compact(1.0);
    }

    public void Dispose()
    {
        _generation.Dispose();
        _cache?.Dispose();
    }
}

public sealed record CachedResponse(int Status, string ContentType, byte[] Body);
