using Graph.Model;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Contract;

/// <summary>Merges, curated aliases, retractions and the curation log, and how each outlives re-ingestion.</summary>
public abstract partial class GraphStoreContract
{
    private const string RussianFederation = "state:russian-federation";
    private const string Talks = "event:talks-2021";

    /// <summary>A document that names Russia under another id, with a relation that duplicates one of the ceasefire report's.</summary>
    private static DocumentBuilder RussianFederationReport(string extra = "") =>
        new DocumentBuilder("rf-report",
                "The Russian Federation, or RF, brokered the ceasefire. In 2021 talks were mediated by the Russian Federation." + extra)
            .Entity(RussianFederation, "Russian Federation", "RF")
            .Event(Ceasefire, EventType.Ceasefire, "Ceasefire", cue: "ceasefire")
            .Event(Talks, EventType.Negotiation, "Talks of 2021", TimeRange.Year(2021), cue: "talks")
            .Relation(RelationType.Broker, Ceasefire, RussianFederation)
            .Relation(RelationType.Mediator, Talks, RussianFederation);

    [SkippableFact]
    public async Task Merge_moves_relations_evidence_and_names_to_the_survivor()
    {
        var store = await StoreWithAsync(CeasefireReport(), MinskGroupReport(), RussianFederationReport());
        var before = await store.GetStatsAsync();
        var russiaEvidence = (await NodeAsync<Entity>(store, Russia)).EvidenceCount;

        var survivor = await store.MergeNodesAsync(Russia, RussianFederation, Curator("Same state"));

        var russia = Assert.IsType<Entity>(survivor);
        Assert.Equal((Russia, "Russia"), (russia.Id, russia.Name));
        Assert.Contains("Russian Federation", russia.Aliases);
        Assert.Contains("RF", russia.Aliases);
        Assert.Equal(russiaEvidence + 1, russia.EvidenceCount);

        var broker = await RelationAsync(store, RelationType.Broker, Ceasefire, Russia);
        Assert.Equal(2, broker!.EvidenceCount);
        Assert.NotNull(await RelationAsync(store, RelationType.Mediator, Talks, Russia));
        var export = await store.ExportAsync();
        Assert.DoesNotContain(export.Relations, r => r.From == RussianFederation || r.To == RussianFederation);
        Assert.DoesNotContain(export.Evidence, e => e.FactId == RussianFederation);

        var after = await store.GetStatsAsync();
        Assert.Equal(before.Nodes[NodeKind.State] - 1, after.Nodes[NodeKind.State]);
        Assert.Equal(before.Relations - 1, after.Relations);
        Assert.Equal(before.Evidence, after.Evidence);
        Assert.Equal(1, after.Curations);
        Assert.DoesNotContain((await store.ExportAsync()).Entities, e => e.Id == RussianFederation);
    }

    [SkippableFact]
    public async Task Merged_id_resolves_to_the_survivor_in_reads()
    {
        var store = await StoreWithAsync(CeasefireReport(), MinskGroupReport(), RussianFederationReport());
        await store.MergeNodesAsync(Russia, RussianFederation, Curator());

        var nodes = await store.GetNodesAsync([RussianFederation]);
        Assert.Equal(Russia, nodes[RussianFederation].Id);
        var relations = await store.GetRelationsAsync(new RelationQuery([RussianFederation], [RelationType.Mediator]));
        Assert.Equal(Russia, Assert.Single(relations[RussianFederation]).To);
        Assert.Equal([Ceasefire, Talks], await EventIdsAsync(store, new EventQuery(Involving: [RussianFederation])));
        Assert.Equal(Russia, (await store.GetNeighborhoodAsync(RussianFederation, 0)).Nodes.Single().Id);
        Assert.Single(await store.FindShortestPathsAsync(RussianFederation, Talks, 2));
        Assert.Contains(Russia, (await store.GetEvidenceAsync([RussianFederation]))[RussianFederation].Select(e => e.FactId));
        Assert.Equal(Russia, Assert.Single((await store.FindByNamesAsync(["Russian Federation"]))["Russian Federation"]).Id);
    }

    [SkippableFact]
    public async Task Merged_id_resolves_to_the_survivor_in_later_writes_and_after_reingestion()
    {
        var store = await StoreWithAsync(CeasefireReport(), RussianFederationReport());
        await store.MergeNodesAsync(Russia, RussianFederation, Curator());
        var states = (await store.GetStatsAsync()).Nodes[NodeKind.State];

        var later = new DocumentBuilder("rf-later", "In 2022 the Russian Federation hosted a meeting.")
            .Entity(RussianFederation, "Russian Federation")
            .Event("event:meeting-2022", EventType.Meeting, "Meeting of 2022", TimeRange.Year(2022), cue: "meeting")
            .Relation(RelationType.Host, "event:meeting-2022", RussianFederation);
        await store.ApplyDocumentAsync(later.Build());
        // A new version of the document that named the merged node: it still lands on the survivor.
        await store.ApplyDocumentAsync(RussianFederationReport(" Moscow confirmed.").Build());

        Assert.Equal(states, (await store.GetStatsAsync()).Nodes[NodeKind.State]);
        Assert.NotNull(await RelationAsync(store, RelationType.Host, "event:meeting-2022", Russia));
        Assert.Equal(2, (await RelationAsync(store, RelationType.Broker, Ceasefire, Russia))!.EvidenceCount);
        Assert.NotNull(await RelationAsync(store, RelationType.Mediator, Talks, Russia));
        Assert.DoesNotContain((await store.ExportAsync()).Entities, e => e.Id == RussianFederation);
        Assert.Equal(Russia, (await store.GetNodesAsync([RussianFederation]))[RussianFederation].Id);
    }

    [SkippableFact]
    public async Task Merge_is_recorded_with_who_when_and_why()
    {
        var store = await StoreWithAsync(CeasefireReport(), RussianFederationReport());
        var start = DateTimeOffset.UtcNow.AddMinutes(-5);
        await store.MergeNodesAsync(Russia, RussianFederation, new Curation("curator@example.org", "Two ids for one state"));

        var record = Assert.Single(await store.GetCurationsAsync(Russia));
        Assert.Equal((CurationAction.MergeNodes, Russia, RussianFederation, "curator@example.org", "Two ids for one state"),
            (record.Action, record.TargetId, record.OtherId, record.Actor, record.Reason));
        Assert.InRange(record.At, start, DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Single(await store.GetCurationsAsync(RussianFederation));
        Assert.Empty(await store.GetCurationsAsync(Armenia));
    }

    [SkippableFact]
    public async Task Curated_alias_is_searchable_findable_and_survives_reingestion()
    {
        var store = await StoreWithAsync();
        var entity = await store.AddAliasAsync(Armenia, "Hayastan", Curator("Endonym"));

        Assert.Contains("Hayastan", entity.Aliases);
        var hit = (await store.SearchAsync(new SearchQuery("hayastan")))[0];
        Assert.Equal((Armenia, "Hayastan"), (hit.Node.Id, hit.MatchedName));
        Assert.Equal(Armenia, Assert.Single((await store.FindByNamesAsync(["HAYASTAN"]))["HAYASTAN"]).Id);
        var record = Assert.Single(await store.GetCurationsAsync(Armenia));
        Assert.Equal((CurationAction.AddAlias, "Hayastan", "Endonym"), (record.Action, record.Value, record.Reason));

        foreach (var doc in All()) await store.ApplyDocumentAsync(new DocumentBuilder(doc.Id[4..], doc.Text + " Revised.").Entity(Armenia, "Armenia").Build());

        Assert.Contains("Hayastan", (await NodeAsync<Entity>(store, Armenia)).Aliases);
    }

    [SkippableFact]
    public async Task Curated_entity_survives_the_withdrawal_of_its_only_document()
    {
        var store = await StoreWithAsync(Tiny());
        await store.AddAliasAsync("state:testland", "TL", Curator());

        await store.ApplyDocumentAsync(Tiny(entityId: "state:otherland", name: "Otherland").Build());

        var testland = await NodeAsync<Entity>(store, "state:testland");
        Assert.Equal(0, testland.EvidenceCount);
        Assert.Contains("TL", testland.Aliases);
        Assert.True(await ExistsAsync(store, "state:otherland"));
    }

    [SkippableFact]
    public async Task Retracted_relation_stays_hidden_when_documents_state_it_again()
    {
        var store = await StoreWithAsync();
        var mediator = RelationId(RelationType.Mediator, Exchange, Georgia);
        await store.RetractFactAsync(mediator, Curator("Georgia hosted, it did not mediate"));

        Assert.Empty(await store.GetRelationsByIdAsync([mediator]));
        Assert.Empty(await store.GetEvidenceAsync([mediator]));
        Assert.True(await ExistsAsync(store, Georgia));
        Assert.Equal([Exchange], await EventIdsAsync(store, new EventQuery(MediatedBy: [UnitedStates])));
        Assert.Empty(await EventIdsAsync(store, new EventQuery(MediatedBy: [Georgia])));

        await store.ApplyDocumentAsync(new DocumentBuilder("exchange-2021", ExchangeReport().Text + " Georgia mediated.")
            .Entity(Georgia, "Georgia").Event(Exchange, EventType.PrisonerExchange, "Exchange", cue: "exchange")
            .Relation(RelationType.Mediator, Exchange, Georgia).Relation(RelationType.Host, Exchange, Georgia).Build());
        await store.ApplyDocumentAsync(new DocumentBuilder("another", "Georgia mediated the exchange.")
            .Entity(Georgia, "Georgia").Event(Exchange, EventType.PrisonerExchange, "Exchange", cue: "exchange")
            .Relation(RelationType.Mediator, Exchange, Georgia).Build());

        Assert.Empty(await store.GetRelationsByIdAsync([mediator]));
        Assert.NotNull(await RelationAsync(store, RelationType.Host, Exchange, Georgia));
        var record = Assert.Single(await store.GetCurationsAsync(mediator));
        Assert.Equal(CurationAction.RetractFact, record.Action);
    }

    [SkippableFact]
    public async Task Retracted_entity_disappears_with_its_relations_and_stays_hidden()
    {
        var store = await StoreWithAsync();
        await store.RetractFactAsync(Georgia, Curator("Not a party"));

        Assert.False(await ExistsAsync(store, Georgia));
        Assert.Null(await RelationAsync(store, RelationType.Mediator, Exchange, Georgia));
        Assert.DoesNotContain(await store.SearchAsync(new SearchQuery("Georgia")), h => h.Node.Id == Georgia);

        var restated = new DocumentBuilder("georgia-again", "Georgia mediated the exchange again. Azerbaijan agreed.")
            .Entity(Georgia, "Georgia")
            .Entity(Azerbaijan, "Azerbaijan")
            .Event(Exchange, EventType.PrisonerExchange, "Exchange", cue: "exchange")
            .Relation(RelationType.Mediator, Exchange, Georgia)
            .Relation(RelationType.Participant, Exchange, Azerbaijan);
        await store.ApplyDocumentAsync(restated.Build());

        Assert.False(await ExistsAsync(store, Georgia));
        Assert.Null(await RelationAsync(store, RelationType.Mediator, Exchange, Georgia));
        Assert.NotNull(await RelationAsync(store, RelationType.Participant, Exchange, Azerbaijan));
    }

    [SkippableFact]
    public async Task Retracted_event_disappears_with_its_roles()
    {
        var store = await StoreWithAsync();
        await store.RetractFactAsync(Ceasefire, Curator("Duplicate report"));

        Assert.False(await ExistsAsync(store, Ceasefire));
        Assert.Empty((await store.GetRelationsAsync(new RelationQuery([Russia], Direction: Direction.Incoming))).GetValueOrDefault(Russia) ?? []);
        Assert.DoesNotContain(Ceasefire, await EventIdsAsync(store, new EventQuery()));
        await store.ApplyDocumentAsync(new DocumentBuilder("ceasefire-2020", CeasefireReport().Text + " Confirmed.")
            .Entity(Russia, "Russia").Event(Ceasefire, EventType.Ceasefire, "Ceasefire", cue: "ceasefire")
            .Relation(RelationType.Signatory, Ceasefire, Russia).Build());
        Assert.False(await ExistsAsync(store, Ceasefire));
    }

    [SkippableFact]
    public async Task Curation_log_lists_every_curation_in_order()
    {
        var store = await StoreWithAsync([.. All(), RussianFederationReport()]);
        await store.AddAliasAsync(Armenia, "Hayastan", Curator("one"));
        await store.MergeNodesAsync(Russia, RussianFederation, Curator("two"));
        await store.RetractFactAsync(RelationId(RelationType.Mediator, Exchange, Georgia), Curator("three"));

        var log = await store.GetCurationsAsync();
        Assert.Equal(["one", "two", "three"], log.Select(c => c.Reason));
        Assert.Equal([CurationAction.AddAlias, CurationAction.MergeNodes, CurationAction.RetractFact], log.Select(c => c.Action));
        Assert.True(log[0].Sequence < log[1].Sequence && log[1].Sequence < log[2].Sequence);
        Assert.Equal(3, (await store.GetStatsAsync()).Curations);
        Assert.Equal(log, (await store.ExportAsync()).Curations);
    }
}
