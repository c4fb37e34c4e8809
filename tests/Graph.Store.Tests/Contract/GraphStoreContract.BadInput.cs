using Graph.Model;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Contract;

/// <summary>Bad input gets a typed error and leaves the store exactly as it was (stats and export compared).</summary>
public abstract partial class GraphStoreContract
{
    [SkippableTheory]
    [MemberData(nameof(InvalidDocuments.Names), MemberType = typeof(InvalidDocuments))]
    public async Task Apply_rejects_invalid_input_and_changes_nothing(string @case)
    {
        var store = await StoreWithAsync(CeasefireReport(), MoscowMeetingReport());
        var facts = InvalidDocuments.Cases[@case]();
        var error = await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.ApplyDocumentAsync(facts));
        Assert.NotEmpty(error.Problems);
        Assert.Equal("INVALID_INPUT", error.Code);
    }

    [SkippableFact]
    public async Task Apply_rejects_a_null_document()
    {
        var store = await NewStoreAsync();
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.ApplyDocumentAsync(null!));
    }

    [SkippableFact]
    public async Task Apply_with_a_relation_to_an_unknown_node_fails_late_and_writes_nothing()
    {
        var store = await StoreWithAsync(CeasefireReport());
        var facts = ExchangeReport().Relation(RelationType.Guarantor, Exchange, "state:atlantis").Build();

        var error = await StoreState.AssertRejectedAsync<NodeNotFoundException>(store, () => store.ApplyDocumentAsync(facts));

        Assert.Equal(["state:atlantis"], error.Ids);
        Assert.Equal("NOT_FOUND", error.Code);
    }

    [SkippableFact]
    public async Task Failed_new_version_keeps_the_previous_version_whole()
    {
        var store = await StoreWithAsync(ExchangeReport(), CeasefireReport());
        var v2 = new DocumentBuilder("exchange-2021", "A corrected report that names Atlantis as mediator of the exchange.")
            .Event(Exchange, EventType.PrisonerExchange, "Exchange", cue: "exchange")
            .Relation(RelationType.Mediator, Exchange, "state:atlantis");

        await StoreState.AssertRejectedAsync<NodeNotFoundException>(store, () => store.ApplyDocumentAsync(v2.Build()));

        Assert.Equal(ExchangeReport().Document.ContentHash, (await store.GetDocumentsAsync(["doc:exchange-2021"]))["doc:exchange-2021"].ContentHash);
        Assert.True(await ExistsAsync(store, Georgia));
    }

    [SkippableFact]
    public async Task Merge_rejects_unknown_ids_other_kinds_and_bad_curations()
    {
        var store = await StoreWithAsync();
        var curator = Curator();
        var missing = await StoreState.AssertRejectedAsync<NodeNotFoundException>(store, () => store.MergeNodesAsync(Armenia, "state:atlantis", curator));
        Assert.Equal(["state:atlantis"], missing.Ids);
        await StoreState.AssertRejectedAsync<NodeNotFoundException>(store, () => store.MergeNodesAsync("state:atlantis", Armenia, curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.MergeNodesAsync(Armenia, Pashinyan, curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.MergeNodesAsync(Armenia, Armenia, curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.MergeNodesAsync("doc:exchange-2021", "doc:ceasefire-2020", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.MergeNodesAsync(Armenia, "not an id", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.MergeNodesAsync(Armenia, Azerbaijan, new Curation("", "why")));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.MergeNodesAsync(Armenia, Azerbaijan, new Curation("me", " ")));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.MergeNodesAsync(Armenia, Azerbaijan, new Curation("me", new string('x', FactLimits.MaxReasonLength + 1))));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.MergeNodesAsync(Armenia, Azerbaijan, null!));
    }

    [SkippableFact]
    public async Task AddAlias_rejects_unknown_entities_events_and_bad_aliases()
    {
        var store = await StoreWithAsync();
        var curator = Curator();
        await StoreState.AssertRejectedAsync<NodeNotFoundException>(store, () => store.AddAliasAsync("state:atlantis", "Atlantis", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.AddAliasAsync(Exchange, "The swap", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.AddAliasAsync(Armenia, "", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.AddAliasAsync(Armenia, new string('a', FactLimits.MaxNameLength + 1), curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.AddAliasAsync("Armenia", "Hayastan", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.AddAliasAsync(Armenia, "Hayastan", new Curation("me", "")));
    }

    [SkippableFact]
    public async Task Retract_rejects_unknown_facts_documents_and_malformed_ids()
    {
        var store = await StoreWithAsync();
        var curator = Curator();
        await StoreState.AssertRejectedAsync<NodeNotFoundException>(store, () => store.RetractFactAsync("state:atlantis", curator));
        await StoreState.AssertRejectedAsync<NodeNotFoundException>(store, () => store.RetractFactAsync("rel:00000000000000000000", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.RetractFactAsync("doc:exchange-2021", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.RetractFactAsync("nonsense", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.RetractFactAsync("", curator));
        await StoreState.AssertRejectedAsync<InvalidFactException>(store, () => store.RetractFactAsync(Georgia, new Curation(" ", "why")));
    }

    [SkippableFact]
    public async Task Reads_reject_out_of_range_arguments_and_foreign_cursors()
    {
        var store = await StoreWithAsync();
        await Assert.ThrowsAsync<InvalidFactException>(() => store.SearchAsync(new SearchQuery("armenia", First: 0)));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.SearchAsync(new SearchQuery(null!)));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.SearchAsync(new SearchQuery("x", [(NodeKind)99])));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.FindEventsAsync(new EventQuery(First: 0)));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.FindEventsAsync(new EventQuery(Involving: ["state:armenia"], InvolvingAtLeast: 0)));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.FindEventsAsync(new EventQuery(Types: [(EventType)99])));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.FindEventsAsync(new EventQuery(After: "not-a-cursor")));
        var documentCursor = (await store.ListDocumentsAsync(1)).Cursors[0];
        await Assert.ThrowsAsync<InvalidFactException>(() => store.FindEventsAsync(new EventQuery(After: documentCursor)));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.ListDocumentsAsync(0));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.ListDocumentsAsync(10, "%%%"));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.GetNeighborhoodAsync(Armenia, -1));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.GetNeighborhoodAsync(Armenia, 1, maxNodes: 0));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.GetNeighborhoodAsync(Armenia, 1, [(RelationType)99]));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.FindShortestPathsAsync(Armenia, Russia, -1));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.FindShortestPathsAsync(Armenia, Russia, 3, maxPaths: 0));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.GetRelationsAsync(new RelationQuery([Armenia], Direction: (Direction)7)));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.GetNodesAsync(null!));
    }
}
