using System.Text.Json;
using Graph.GraphQL;
using Graph.Ingestion;
using Graph.Model;
using Graph.Server.Api;
using Graph.Store.Sqlite;

namespace Graph.Server.Tests.Api;

/// <summary>Resolvers go through the batch loader: the number of store calls of a query does not grow with the
/// number of events it returns.</summary>
public sealed class BatchedReadsTests : IAsyncLifetime
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("graph-batched-");
    private SqliteGraphStore _sqlite = null!;
    private CountingStore _store = null!;
    private GraphQLEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _sqlite = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dir.FullName });
        await _sqlite.InitializeAsync();
        for (var d = 0; d < 10; d++) await _sqlite.ApplyDocumentAsync(SyntheticDocument(d, eventsPerDocument: 12));
        _store = new CountingStore(_sqlite);
        _engine = new GraphQLEngine(GraphApiSchema.Build());
    }

    /// <summary>A document reporting exchanges, each mediated by two of a few organizations, between two states.</summary>
    private static DocumentFacts SyntheticDocument(int d, int eventsPerDocument)
    {
        var text = string.Join(" ", Enumerable.Range(0, eventsPerDocument).Select(i => $"Exchange {d}-{i} was mediated."));
        var doc = new DocumentRecord(FactIds.ForDocument($"synthetic-{d}"), FactIds.ContentHash(text), $"Synthetic {d}", null, null, null, null, $"synthetic-{d}.txt", DateTimeOffset.UnixEpoch, text.Length);
        Evidence Ev(int i) => new(doc.Id, i, 0, 10, text[..10], "synthetic", 0.9);
        var states = new[] { "Armenia", "Azerbaijan" }.Select(n => new EntityFact(FactIds.ForNode(NodeKind.State, n), NodeKind.State, n, [], null, false, 1, [Ev(0)])).ToList();
        var orgs = new[] { "Red Cross", "OSCE", "European Union", "United Nations" }.Select(n => new EntityFact(FactIds.ForNode(NodeKind.Organization, n), NodeKind.Organization, n, [], null, false, 1, [Ev(0)])).ToList();
        var events = new List<EventFact>();
        var relations = new List<RelationFact>();
        for (var i = 0; i < eventsPerDocument; i++)
        {
            var id = $"event:synthetic-{d}-{i}";
            var day = new DateOnly(2021, 1, 1).AddDays(d * eventsPerDocument + i);
            events.Add(new EventFact(id, EventType.PrisonerExchange, $"Exchange {d}-{i}", TimeRange.Day(day), [], null, 0.8, [Ev(i)]));
            relations.Add(new RelationFact(RelationType.Participant, id, states[0].Id, null, null, 0.8, [Ev(i)]));
            relations.Add(new RelationFact(RelationType.Participant, id, states[1].Id, null, null, 0.8, [Ev(i)]));
            relations.Add(new RelationFact(RelationType.Mediator, id, orgs[i % 4].Id, null, null, 0.8, [Ev(i)]));
            relations.Add(new RelationFact(RelationType.Mediator, id, orgs[(i + 1) % 4].Id, null, null, 0.8, [Ev(i)]));
        }
        return new DocumentFacts(doc, text, [.. states, .. orgs], events, relations);
    }

    private async Task<(int Calls, string Breakdown)> CallsFor(int first)
    {
        var query = $$"""
            { events(first: {{first}}) { nodes { name time { start } mediators { name sources { title } }
                roles { role entity { name } relation { evidence { sentence document { title } } } }
                evidence { rule document { title } } } } }
            """;
        _store.Reset();
        var result = await _engine.ExecuteAsync(new GraphQLRequest(query, Context: new GraphRequestContext(_store, null!, () => { })));
        Assert.Empty(result.Errors);
        var writer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(writer)) result.WriteTo(json);
        using var doc = JsonDocument.Parse(writer.WrittenMemory);
        Assert.Equal(first, doc.RootElement.GetProperty("data").GetProperty("events").GetProperty("nodes").GetArrayLength());
        return (_store.Calls, _store.Breakdown);
    }

    /// <summary>
    /// Six loaders are involved (nodes, relations, evidence, documents...), each fetching once per round in which
    /// resolvers ask for it; how keys fall into rounds depends on when the store's asynchronous reads complete, so the
    /// count may move by a call or two between runs, but it must not follow the number of events (one call per event
    /// would mean 100+ calls here).
    /// </summary>
    [Fact]
    public async Task Store_calls_do_not_grow_with_the_number_of_events()
    {
        var runs = new List<(int Events, int Calls, string Breakdown)>();
        foreach (var n in new[] { 5, 25, 100 })
        {
            var (calls, breakdown) = await CallsFor(n);
            runs.Add((n, calls, breakdown));
        }
        var report = string.Join("; ", runs.Select(r => $"{r.Events} events: {r.Calls} calls ({r.Breakdown})"));
        Assert.All(runs, r => Assert.True(r.Calls is >= 1 and <= 12, report));
        Assert.True(runs[2].Calls <= runs[0].Calls + 3, report);
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        try { _dir.Delete(recursive: true); } catch (IOException) { }
    }
}
