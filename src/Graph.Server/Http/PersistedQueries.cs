using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;

namespace Graph.Server.Http;

/// <summary>
/// Automatic persisted queries, as front-ends (Apollo Client, urql) send them: a request may carry
/// <c>extensions.persistedQuery = {version: 1, sha256Hash}</c> without its query; the server answers
/// PERSISTED_QUERY_NOT_FOUND until the client sends the query with its hash once, after which the hash alone works.
/// </summary>
public sealed class PersistedQueries : IDisposable
{
    private readonly MemoryCache _cache;

    public PersistedQueries(int capacity) =>
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, capacity) });

    public void Dispose() => _cache.Dispose();

    public static bool HasHash(JsonElement? extensions) => TryGetHash(extensions, out _, out _);

    /// <summary>The query to run, or a problem to report (as a GraphQL error).</summary>
    public (string? Query, string? ErrorCode, string? ErrorMessage) Resolve(string? query, JsonElement? extensions)
    {
        if (!TryGetHash(extensions, out var hash, out var version)) return (query, null, null);
        if (version != 1) return (null, "PERSISTED_QUERY_NOT_SUPPORTED", $"Persisted query version {version} is not supported; use version 1.");
        if (query is null)
        {
            return _cache.TryGetValue(Key(hash), out string? known) && known is not null
                ? (known, null, null)
                : (null, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        if (!string.Equals(actual, hash, StringComparison.OrdinalIgnoreCase))
            return (null, "PERSISTED_QUERY_HASH_MISMATCH", "provided sha256Hash does not match the query");
        _cache.Set(Key(actual), query, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromDays(1) });
        return (query, null, null);
    }

    private static string Key(string hash) => "apq:" + hash.ToLowerInvariant();

    private static bool TryGetHash(JsonElement? extensions, out string hash, out int version)
    {
        hash = "";
        version = 0;
        if (extensions is not { ValueKind: JsonValueKind.Object } ext || !ext.TryGetProperty("persistedQuery", out var pq) || pq.ValueKind != JsonValueKind.Object)
            return false;
        if (!pq.TryGetProperty("sha256Hash", out var h) || h.ValueKind != JsonValueKind.String) return false;
        hash = h.GetString()!;
        version = pq.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 0;
        return true;
    }
}
