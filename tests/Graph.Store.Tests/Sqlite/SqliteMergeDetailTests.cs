using Graph.Model;
using Graph.Store.Tests.Contract;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Sqlite;

/// <summary>What this store adds to the contract around merges: old relation ids redirect, retractions follow merges.</summary>
public sealed class SqliteMergeDetailTests : SqliteStoreTest
{
    private const string RussianFederation = "state:russian-federation";

    private static DocumentBuilder TalksReport() =>
        new DocumentBuilder("talks", "In 2021 talks were mediated by the Russian Federation.")
            .Entity(RussianFederation, "Russian Federation")
            .Event("event:talks", EventType.Negotiation, "Talks", TimeRange.Year(2021), cue: "talks")
            .Relation(RelationType.Mediator, "event:talks", RussianFederation);

    [Fact]
    public async Task Relation_ids_of_the_merged_node_redirect_to_the_re_keyed_relations()
    {
        var store = await OpenAsync();
        await store.ApplyDocumentAsync(CeasefireReport().Build());
        await store.ApplyDocumentAsync(TalksReport().Build());
        var oldId = FactIds.Relation(RelationType.Mediator, "event:talks", RussianFederation, null);
        var newId = FactIds.Relation(RelationType.Mediator, "event:talks", Russia, null);

        await store.MergeNodesAsync(Russia, RussianFederation, Curator());

        Assert.Equal(newId, (await store.GetRelationsByIdAsync([oldId]))[oldId].Id);
        Assert.Equal(newId, Assert.Single((await store.GetEvidenceAsync([oldId]))[oldId]).FactId);
    }

    [Fact]
    public async Task Retraction_follows_the_merge_so_the_fact_stays_hidden()
    {
        var store = await OpenAsync();
        await store.ApplyDocumentAsync(CeasefireReport().Build());
        await store.ApplyDocumentAsync(TalksReport().Build());
        await store.RetractFactAsync(FactIds.Relation(RelationType.Mediator, "event:talks", RussianFederation, null), Curator());
        await store.MergeNodesAsync(Russia, RussianFederation, Curator());

        await store.ApplyDocumentAsync(new DocumentBuilder("talks", "Talks in 2021 were mediated by the Russian Federation (corrected).")
            .Entity(RussianFederation, "Russian Federation")
            .Event("event:talks", EventType.Negotiation, "Talks", TimeRange.Year(2021), cue: "talks")
            .Relation(RelationType.Mediator, "event:talks", RussianFederation).Build());

        var mediator = FactIds.Relation(RelationType.Mediator, "event:talks", Russia, null);
        Assert.Empty(await store.GetRelationsByIdAsync([mediator]));
        Assert.True((await store.GetNodesAsync(["event:talks"])).ContainsKey("event:talks"));
    }

    [Fact]
    public async Task Chained_merges_resolve_to_the_last_survivor()
    {
        var store = await OpenAsync();
        await store.ApplyDocumentAsync(new DocumentBuilder("three", "Russia, the Russian Federation and the RF are one.")
            .Entity(Russia, "Russia").Entity(RussianFederation, "Russian Federation").Entity("state:rf", "RF").Build());

        await store.MergeNodesAsync(RussianFederation, "state:rf", Curator());
        await store.MergeNodesAsync(Russia, RussianFederation, Curator());

        var nodes = await store.GetNodesAsync(["state:rf", RussianFederation, Russia]);
        Assert.All(nodes.Values, n => Assert.Equal(Russia, n.Id));
        Assert.Equal(3, nodes.Count);
        var russia = (Entity)nodes[Russia];
        Assert.Equal(["RF", "Russian Federation"], russia.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(3, russia.EvidenceCount);
    }
}
