using Graph.Model;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Contract;

/// <summary>Applying documents: creation, unchanged re-ingestion, replacement by a new version, facts merging across documents.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task Initialize_is_idempotent_and_an_empty_store_holds_nothing()
    {
        var store = await NewStoreAsync();
        await store.InitializeAsync();
        var stats = await store.GetStatsAsync();
        Assert.All(Enum.GetValues<NodeKind>(), k => Assert.Equal(0, stats.Nodes.GetValueOrDefault(k)));
        Assert.Equal((0, 0, 0), (stats.Relations, stats.Evidence, stats.Curations));
        var export = await store.ExportAsync();
        Assert.Empty(export.Documents);
        Assert.Empty(export.Entities);
        Assert.Empty(export.Events);
        Assert.Empty(export.Relations);
        Assert.Empty(export.Evidence);
        Assert.Empty(export.Curations);
    }

    [SkippableFact]
    public async Task Apply_new_document_reports_what_it_created()
    {
        var store = await NewStoreAsync();
        var result = await store.ApplyDocumentAsync(ExchangeReport().Build());

        Assert.Equal(new ApplyResult("doc:exchange-2021", ApplyStatus.Created, 5, 0, 1, 0, 5, 0, 11), result);
        var stats = await store.GetStatsAsync();
        Assert.Equal(1, stats.Nodes[NodeKind.Document]);
        Assert.Equal(4, stats.Nodes[NodeKind.State]);
        Assert.Equal(1, stats.Nodes[NodeKind.Place]);
        Assert.Equal(1, stats.Nodes[NodeKind.Event]);
        Assert.Equal(0, stats.Nodes.GetValueOrDefault(NodeKind.Person));
        Assert.Equal(5, stats.Relations);
        Assert.Equal(11, stats.Evidence);
    }

    [SkippableFact]
    public async Task Apply_round_trips_every_field_of_entities_events_relations_documents_and_evidence()
    {
        var store = await NewStoreAsync();
        var builder = ExchangeReport();
        await store.ApplyDocumentAsync(builder.Build());

        var armenia = await NodeAsync<Entity>(store, Armenia);
        Assert.Equal((Armenia, NodeKind.State, "Armenia", "country", false, 0.9, 1),
            (armenia.Id, armenia.Kind, armenia.Name, armenia.Subtype, armenia.Discovered, armenia.Confidence, armenia.EvidenceCount));
        Assert.Equal(["Republic of Armenia"], armenia.Aliases);

        var exchange = await NodeAsync<Event>(store, Exchange);
        Assert.Equal(EventType.PrisonerExchange, exchange.Type);
        Assert.Equal(NodeKind.Event, exchange.Kind);
        Assert.Equal("Exchange of detainees for minefield maps", exchange.Name);
        Assert.Equal(TimeRange.Day(new DateOnly(2021, 6, 12), text: "June 12, 2021"), exchange.Time);
        Assert.Equal([new Quantity(15, "Armenian detainees", false, "15 Armenian detainees")], exchange.Quantities);
        Assert.Equal("Azerbaijan released 15 Armenian detainees for minefield maps.", exchange.Summary);
        Assert.Equal((0.8, 1), (exchange.Confidence, exchange.EvidenceCount));

        var mediator = await RelationAsync(store, RelationType.Mediator, Exchange, Georgia);
        Assert.NotNull(mediator);
        Assert.Equal(new Relation(RelationId(RelationType.Mediator, Exchange, Georgia), RelationType.Mediator, Exchange, Georgia, null, null, 0.7) { EvidenceCount = 1 }, mediator);

        var docs = await store.GetDocumentsAsync([builder.Id], includeText: true);
        var doc = docs[builder.Id];
        Assert.Equal(builder.Document with { Text = builder.Text }, doc);
        Assert.Equal(builder.Text.Length, doc.Length);
        var withoutText = (await store.GetDocumentsAsync([builder.Id]))[builder.Id];
        Assert.Null(withoutText.Text);
        var asNode = await NodeAsync<DocumentRecord>(store, builder.Id);
        Assert.Equal(builder.Document.Title, asNode.Name);

        var evidence = Assert.Single((await store.GetEvidenceAsync([Armenia]))[Armenia]);
        var start = builder.Text.IndexOf("Armenia", StringComparison.Ordinal);
        Assert.Equal((builder.Id, start, start + "Armenia".Length, "entity-rule", 0.9, Armenia),
            (evidence.DocumentId, evidence.Start, evidence.End, evidence.Rule, evidence.Confidence, evidence.FactId));
        Assert.Equal(0, evidence.SentenceIndex);
        Assert.StartsWith("On June 12, 2021", evidence.Sentence);
    }

    [SkippableFact]
    public async Task Apply_same_content_twice_is_unchanged_and_writes_nothing()
    {
        var store = await StoreWithAsync();
        var before = await StoreState.CaptureAsync(store);
        var again = await store.ApplyDocumentAsync(ExchangeReport().IngestedAt(DateTimeOffset.UnixEpoch.AddYears(60)).Build());
        Assert.Equal(new ApplyResult("doc:exchange-2021", ApplyStatus.Unchanged, 0, 0, 0, 0, 0, 0, 0), again);
        Assert.Equal(before, await StoreState.CaptureAsync(store));
    }

    [SkippableFact]
    public async Task Fact_stated_by_two_documents_is_one_relation_with_two_pieces_of_evidence()
    {
        var store = await StoreWithAsync(ExchangeReport());
        var followUp = new DocumentBuilder("exchange-follow-up",
                "Georgia's Prime Minister said Georgia mediated the exchange of detainees for maps.")
            .Entity(Georgia, "Georgia")
            .Event(Exchange, EventType.PrisonerExchange, "Exchange of detainees for maps", cue: "exchange")
            .Relation(RelationType.Mediator, Exchange, Georgia);
        var result = await store.ApplyDocumentAsync(followUp.Build());

        Assert.Equal(new ApplyResult(followUp.Id, ApplyStatus.Created, 0, 1, 0, 1, 0, 1, 3), result);
        var mediator = await RelationAsync(store, RelationType.Mediator, Exchange, Georgia);
        Assert.Equal(2, mediator!.EvidenceCount);
        var evidence = (await store.GetEvidenceAsync([mediator.Id]))[mediator.Id];
        Assert.Equal(["doc:exchange-2021", followUp.Id], evidence.Select(e => e.DocumentId).Order());
        Assert.All(evidence, e => Assert.Equal(mediator.Id, e.FactId));
        Assert.Equal(2, (await NodeAsync<Entity>(store, Georgia)).EvidenceCount);
        var exchange = await NodeAsync<Event>(store, Exchange);
        Assert.Equal(2, exchange.EvidenceCount);
        Assert.Equal("Exchange of detainees for minefield maps", exchange.Name);
        Assert.Equal(5, (await store.GetStatsAsync()).Relations);
    }

    [SkippableFact]
    public async Task Entity_stated_by_several_documents_keeps_its_name_and_gathers_their_aliases()
    {
        var store = await StoreWithAsync(CeasefireReport(), MinskGroupReport());
        var third = new DocumentBuilder("russia-names", "The Russian Federation, also RF, spoke.")
            .Entity(Russia, "Russian Federation", "RF");
        await store.ApplyDocumentAsync(third.Build());

        var russia = await NodeAsync<Entity>(store, Russia);
        Assert.Equal("Russia", russia.Name);
        Assert.Equal(3, russia.EvidenceCount);
        Assert.Equal(["RF", "Russian Federation"], russia.Aliases.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task New_version_of_a_document_replaces_its_own_facts_and_nothing_else()
    {
        var store = await StoreWithAsync(ExchangeReport(), CeasefireReport());
        var before = await store.ExportAsync();
        var v2 = new DocumentBuilder("exchange-2021",
                "On June 12, 2021 Azerbaijan released 15 Armenian detainees to Armenia. The United States mediated.",
                "Armenia gets detainees (corrected)")
            .Entity(Armenia, "Armenia")
            .Entity(Azerbaijan, "Azerbaijan")
            .Entity(UnitedStates, "United States")
            .Event(Exchange, EventType.PrisonerExchange, "Exchange of detainees for minefield maps",
                TimeRange.Day(new DateOnly(2021, 6, 12)), cue: "released")
            .Relation(RelationType.ReleasingSide, Exchange, Azerbaijan)
            .Relation(RelationType.ReceivingSide, Exchange, Armenia)
            .Relation(RelationType.Mediator, Exchange, UnitedStates);

        var result = await store.ApplyDocumentAsync(v2.Build());

        Assert.Equal(ApplyStatus.Replaced, result.Status);
        Assert.False(await ExistsAsync(store, Georgia), "Georgia was supported only by the old version");
        Assert.False(await ExistsAsync(store, Border), "the border was supported only by the old version");
        Assert.Null(await RelationAsync(store, RelationType.Mediator, Exchange, Georgia));
        Assert.Null(await RelationAsync(store, RelationType.Location, Exchange, Border));
        Assert.Equal(1, (await RelationAsync(store, RelationType.Mediator, Exchange, UnitedStates))!.EvidenceCount);
        Assert.Empty((await NodeAsync<Event>(store, Exchange)).Quantities);

        var armenia = await NodeAsync<Entity>(store, Armenia);
        Assert.Equal(2, armenia.EvidenceCount);
        Assert.DoesNotContain("Republic of Armenia", armenia.Aliases);

        var after = await store.ExportAsync();
        var ceasefireBefore = before.Evidence.Where(e => e.DocumentId == "doc:ceasefire-2020").ToList();
        var ceasefireAfter = after.Evidence.Where(e => e.DocumentId == "doc:ceasefire-2020").ToList();
        Assert.Equal(ceasefireBefore, ceasefireAfter);
        Assert.All(after.Evidence.Where(e => e.DocumentId == v2.Id), e => Assert.Contains(e.Sentence, v2.Text));
        Assert.Equal(v2.Build().Entities.Count + v2.Build().Events.Count + v2.Build().Relations.Count,
            after.Evidence.Count(e => e.DocumentId == v2.Id));
        Assert.Equal(before.Relations.Where(r => r.From == Ceasefire), after.Relations.Where(r => r.From == Ceasefire));

        var doc = (await store.GetDocumentsAsync([v2.Id], includeText: true))[v2.Id];
        Assert.Equal((v2.Document.ContentHash, v2.Text, "Armenia gets detainees (corrected)"), (doc.ContentHash, doc.Text, doc.Title));
        Assert.Equal(2, (await store.GetStatsAsync()).Nodes[NodeKind.Document]);
    }

    [SkippableFact]
    public async Task Relation_may_point_at_a_node_that_only_the_graph_holds()
    {
        var store = await StoreWithAsync(CeasefireReport());
        var doc = new DocumentBuilder("russia-mediates", "In 2022 talks were mediated from Moscow.")
            .Event("event:talks-2022", EventType.Negotiation, "Talks of 2022", TimeRange.Year(2022), cue: "talks")
            .Relation(RelationType.Mediator, "event:talks-2022", Russia);

        var result = await store.ApplyDocumentAsync(doc.Build());

        Assert.Equal((1, 1, 0), (result.RelationsCreated, result.EventsCreated, result.EntitiesCreated));
        Assert.NotNull(await RelationAsync(store, RelationType.Mediator, "event:talks-2022", Russia));
        Assert.Equal(1, (await NodeAsync<Entity>(store, Russia)).EvidenceCount);
    }

    [SkippableFact]
    public async Task Documents_list_newest_ingested_first_with_cursor_paging()
    {
        var store = await NewStoreAsync();
        var clock = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var docs = All().ToList();
        for (var i = 0; i < docs.Count; i++) await store.ApplyDocumentAsync(docs[i].IngestedAt(clock.AddMinutes(i)).Build());
        var applied = docs.Select(d => d.Id).ToList();
        var expected = applied.AsEnumerable().Reverse().ToList();

        var seen = new List<string>();
        string? after = null;
        Page<DocumentRecord> page;
        do
        {
            page = await store.ListDocumentsAsync(2, after);
            Assert.Equal(5, page.TotalCount);
            Assert.Equal(page.Items.Count, page.Cursors.Count);
            Assert.True(page.Items.Count <= 2);
            Assert.All(page.Items, d => Assert.Null(d.Text));
            seen.AddRange(page.Items.Select(d => d.Id));
            after = page.Cursors.LastOrDefault();
        } while (page.HasNextPage);
        Assert.Equal(expected, seen);

        var first = All().First();
        await store.ApplyDocumentAsync(new DocumentBuilder(first.Id["doc:".Length..], first.Text + " Updated.")
            .IngestedAt(clock.AddHours(1)).Entity(Armenia, "Armenia").Build());
        Assert.Equal(first.Id, (await store.ListDocumentsAsync(1)).Items.Single().Id);
    }

    [SkippableFact]
    public async Task Document_found_by_content_hash_and_by_id()
    {
        var store = await StoreWithAsync();
        var ceasefire = CeasefireReport();
        var found = await store.FindDocumentByHashAsync(ceasefire.Document.ContentHash);
        Assert.Equal(ceasefire.Id, found?.Id);
        Assert.Null(await store.FindDocumentByHashAsync(FactIds.ContentHash("never ingested")));

        var docs = await store.GetDocumentsAsync([ceasefire.Id, "doc:0000000000000000", ExchangeReport().Id]);
        Assert.Equal([ceasefire.Id, ExchangeReport().Id], docs.Keys.Order());
    }
}
