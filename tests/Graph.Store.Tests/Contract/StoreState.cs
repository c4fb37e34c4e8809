using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Model;

namespace Graph.Store.Tests.Contract;

/// <summary>Everything a store holds, as comparable text: its stats and its full export.</summary>
public static class StoreState
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<string> CaptureAsync(IGraphStore store)
    {
        var stats = await store.GetStatsAsync();
        var export = await store.ExportAsync();
        return JsonSerializer.Serialize(new { stats, export }, Json);
    }

    /// <summary>Runs a write that must fail with <typeparamref name="TException"/> and proves the store did not change.</summary>
    public static async Task<TException> AssertRejectedAsync<TException>(IGraphStore store, Func<Task> write) where TException : Exception
    {
        var before = await CaptureAsync(store);
        var error = await Assert.ThrowsAsync<TException>(write);
        var after = await CaptureAsync(store);
        Assert.Equal(before, after);
        return error;
    }
}
