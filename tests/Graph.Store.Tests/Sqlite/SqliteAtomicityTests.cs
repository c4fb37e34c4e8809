using Graph.Model;
using Graph.Store.Sqlite.Writes;
using Graph.Store.Tests.Contract;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Sqlite;

/// <summary>A failure injected at any point of a document write leaves the store logically unchanged.</summary>
public sealed class SqliteAtomicityTests : SqliteStoreTest
{
    public static IEnumerable<object[]> Stages() => Enum.GetValues<WriteStage>().Select(s => new object[] { s.ToString() });

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task Failure_while_writing_a_new_document_writes_nothing(string stage)
    {
        var store = await OpenAsync();
        await store.ApplyDocumentAsync(CeasefireReport().Build());
        store.FaultHook = s => { if (s.ToString() == stage) throw new InvalidOperationException("injected at " + s); };

        var error = await StoreState.AssertRejectedAsync<InvalidOperationException>(store, () => store.ApplyDocumentAsync(ExchangeReport().Build()));
        Assert.Equal("injected at " + stage, error.Message);

        store.FaultHook = null;
        Assert.Equal(ApplyStatus.Created, (await store.ApplyDocumentAsync(ExchangeReport().Build())).Status);
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task Failure_while_replacing_a_document_keeps_the_previous_version(string stage)
    {
        var store = await OpenAsync();
        await store.ApplyDocumentAsync(CeasefireReport().Build());
        await store.ApplyDocumentAsync(ExchangeReport().Build());
        var v2 = new DocumentBuilder("exchange-2021", "Azerbaijan released detainees to Armenia on June 12, 2021.")
            .Entity(Armenia, "Armenia").Entity(Azerbaijan, "Azerbaijan")
            .Event(Exchange, EventType.PrisonerRelease, "Release", cue: "released")
            .Relation(RelationType.ReleasingSide, Exchange, Azerbaijan);
        store.FaultHook = s => { if (s.ToString() == stage) throw new InvalidOperationException("injected"); };

        await StoreState.AssertRejectedAsync<InvalidOperationException>(store, () => store.ApplyDocumentAsync(v2.Build()));

        store.FaultHook = null;
        Assert.Equal(ApplyStatus.Replaced, (await store.ApplyDocumentAsync(v2.Build())).Status);
        Assert.False((await store.GetNodesAsync([Georgia])).ContainsKey(Georgia));
    }

    [Fact]
    public async Task Failure_in_a_bulk_batch_rolls_back_the_whole_batch()
    {
        var store = await OpenAsync();
        await store.ApplyDocumentAsync(CeasefireReport().Build());
        var calls = 0;
        store.FaultHook = s => { if (s == WriteStage.AfterRelations && ++calls == 3) throw new InvalidOperationException("third document fails"); };

        await StoreState.AssertRejectedAsync<InvalidOperationException>(store,
            () => store.ApplyDocumentsAsync([ExchangeReport().Build(), MinskGroupReport().Build(), MoscowMeetingReport().Build()], batchSize: 10));
    }
}
