using Graph.Model;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Transport;
using Graph.Store.Tests.Contract;
using static Graph.Store.Tests.Contract.SampleDocuments;
using static Graph.Store.Tests.Neo4j.ScriptedTransport;

namespace Graph.Store.Tests.Neo4j;

/// <summary>
/// The Neo4j store's own logic against a scripted transport: which statements a write sends, in how many transactions,
/// with which rows, and what it concludes from the answers. (The statements themselves are proven by the lint; the
/// store has not been run against a live Neo4j here.)
/// </summary>
public sealed class Neo4jStoreLogicTests
{
    private static readonly Curation ByAnalyst = new("analyst", "same organization");

    private static (Neo4jGraphStore Store, ScriptedTransport Transport) Create()
    {
        var transport = new ScriptedTransport()
            .On(Statements.ApplyDocumentState, Rows(["contentHash"], new object?[] { null }))
            .On(Statements.CurationsNextValues, s => Rows(["last"], [1000 + Convert.ToInt64(s.Parameters["count"])]));
        return (new Neo4jGraphStore(transport, clock: new FixedClock()), transport);
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    }

    private static List<Dictionary<string, object?>> RowsOf(CypherStatement statement, string parameter) =>
        ((IEnumerable<Dictionary<string, object?>>)statement.Parameters[parameter]!).ToList();

    [Fact]
    public async Task Initialize_runs_each_schema_statement_alone_once()
    {
        var (store, transport) = Create();

        await store.InitializeAsync();
        await store.InitializeAsync();

        var schema = transport.Names();
        Assert.Equal(schema.Count, transport.Sent.Select(s => s.Transaction).Distinct().Count());
        Assert.Equal(Enum.GetValues<RelationType>().Length, schema.Count(n => n.StartsWith("schema.relationId[", StringComparison.Ordinal)));
        Assert.Contains("schema.graphNodeId", schema);
        Assert.Contains("schema.nameSearch", schema);
    }

    [Fact]
    public async Task A_new_document_is_written_in_one_transaction_with_batched_rows()
    {
        var (store, transport) = Create();

        var result = await store.ApplyDocumentAsync(ExchangeReport().Build());

        Assert.Equal(new ApplyResult("doc:exchange-2021", ApplyStatus.Created, 5, 0, 1, 0, 5, 0, 11), result);
        Assert.Equal([1], transport.Sent.Select(s => s.Transaction).Distinct());
        Assert.True(transport.Committed[1]);
        Assert.Equal(
        [
            "writes.serialize", "apply.documentState", "nodes.resolve", "curations.retractions", "nodes.existing", "relations.byIds",
            "curations.nextValues", "apply.document", "apply.entities", "apply.events", "apply.names", "apply.quantities",
            "apply.relations[RELEASING_SIDE]", "apply.relations[RECEIVING_SIDE]", "apply.relations[MEDIATOR]", "apply.relations[LOCATION]",
            "apply.evidence",
        ], transport.Names());

        var entities = RowsOf(transport.Last("apply.entities"), "entities");
        Assert.Equal([Armenia, Azerbaijan, Georgia, UnitedStates, Border], entities.Select(e => e["id"]));
        Assert.Equal("State", entities[0]["kind"]);
        Assert.Equal(2, RowsOf(transport.Last("apply.relations[MEDIATOR]"), "relations").Count);
        Assert.Equal(FactIds.Relation(RelationType.Location, Exchange, Border, null),
            Assert.Single(RowsOf(transport.Last("apply.relations[LOCATION]"), "relations"))["id"]);

        var names = RowsOf(transport.Last("apply.names"), "names");
        var armenia = names.Where(n => (string)n["nodeId"]! == Armenia).ToList();
        Assert.Equal([("Armenia", false, ""), ("Republic of Armenia", true, "doc:exchange-2021")],
            armenia.Select(n => ((string)n["name"]!, (bool)n["alias"]!, (string)n["documentId"]!)));
        Assert.Equal("republic of armenia", armenia[1]["key"]);

        var evidence = RowsOf(transport.Last("apply.evidence"), "evidence");
        Assert.Equal(11, evidence.Count);
        var document = (Dictionary<string, object?>)transport.Last("apply.document").Parameters["document"]!;
        Assert.Equal(("2021-06-14", "Day", "2024-01-01T00:00:00.0000000+00:00"), (document["publishedStart"], document["publishedPrecision"], document["ingestedAt"]));
        // One block of seq values: the document first, then names, quantities and evidence in order, without gaps.
        var seqs = new[] { (long)document["seq"]! }.Concat(names.Concat(RowsOf(transport.Last("apply.quantities"), "quantities")).Concat(evidence)
            .Select(r => (long)r["seq"]!)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, seqs.Count).Select(i => seqs[0] + i), seqs);
        Assert.Equal(1000 + seqs.Count, seqs[^1]);
    }

    [Fact]
    public async Task The_same_content_again_is_unchanged_and_writes_nothing()
    {
        var (store, transport) = Create();
        var facts = ExchangeReport().Build();
        transport.On(Statements.ApplyDocumentState, Rows(["contentHash"], [facts.Document.ContentHash]));

        var result = await store.ApplyDocumentAsync(facts);

        Assert.Equal(ApplyStatus.Unchanged, result.Status);
        Assert.Equal(["writes.serialize", "apply.documentState"], transport.Names());
    }

    [Fact]
    public async Task A_relation_to_a_node_nobody_knows_is_refused_before_anything_is_written()
    {
        var (store, transport) = Create();
        var facts = new DocumentBuilder("lonely", "Armenia met Ruritania.").Entity(Armenia, "Armenia")
            .Relation(RelationType.MemberOf, Armenia, "org:ruritania-council").Build();

        var error = await Assert.ThrowsAsync<NodeNotFoundException>(() => store.ApplyDocumentAsync(facts));

        Assert.Equal(["org:ruritania-council"], error.Ids);
        Assert.False(transport.Committed[1]);
        Assert.DoesNotContain(transport.Names(), n => n.StartsWith("apply.", StringComparison.Ordinal) && n != "apply.documentState");
    }

    [Fact]
    public async Task Known_nodes_merge_retracted_relations_are_skipped_and_merged_ids_resolve()
    {
        var (store, transport) = Create();
        var retracted = FactIds.Relation(RelationType.Mediator, Exchange, Georgia, null);
        transport
            .On(Statements.NodesResolve, Rows(["id", "survivorId"], [UnitedStates, "state:usa"]))
            .On(Statements.NodesExisting, Rows(["id", "kind", "name"], [Armenia, "State", "Armenia"], ["state:usa", "State", "United States of America"]))
            .On(Statements.CurationsRetractions, Rows(["factId"], [retracted]));

        var result = await store.ApplyDocumentAsync(ExchangeReport().Build());

        Assert.Equal((3, 2, 4), (result.EntitiesCreated, result.EntitiesMerged, result.RelationsCreated));
        var mediators = RowsOf(transport.Last("apply.relations[MEDIATOR]"), "relations");
        Assert.Equal([FactIds.Relation(RelationType.Mediator, Exchange, "state:usa", null)], mediators.Select(r => r["id"]));
        Assert.Equal("state:usa", mediators[0]["to"]);
        var names = RowsOf(transport.Last("apply.names"), "names").Where(n => (string)n["nodeId"]! == "state:usa").ToList();
        // The merged node keeps its canonical name; the document's name and aliases become aliases of this document.
        Assert.Equal(["United States", "USA", "U.S."], names.Select(n => n["name"]));
        Assert.All(names, n => Assert.Equal((true, "doc:exchange-2021"), ((bool)n["alias"]!, (string)n["documentId"]!)));
    }

    [Fact]
    public async Task A_new_version_withdraws_the_old_one_and_prunes_what_lost_all_support()
    {
        var (store, transport) = Create();
        var oldRelation = FactIds.Relation(RelationType.Mediator, Exchange, "org:osce", null);
        transport
            .On(Statements.ApplyDocumentState, Rows(["contentHash"], ["an older hash"]))
            .On(Statements.ApplyWithdraw, Rows(["factIds", "eventIds"], new object?[] { new[] { "org:osce", oldRelation }, new[] { Exchange } }))
            .On(Statements.RelationsByIds, s => ((IEnumerable<string>)s.Parameters["ids"]!).Contains(oldRelation)
                ? Rows(["query", "relation"], [oldRelation, new Dictionary<string, object?>
                {
                    ["id"] = oldRelation, ["type"] = "MEDIATOR", ["from"] = Exchange, ["to"] = "org:osce", ["confidence"] = 0.8, ["evidenceCount"] = 0,
                }])
                : CypherResult.Empty)
            .On(Statements.FactsUnsupportedNodes, Rows(["id"], ["org:osce"]));

        var result = await store.ApplyDocumentAsync(ExchangeReport().Build());

        Assert.Equal(ApplyStatus.Replaced, result.Status);
        var names = transport.Names().ToList();
        Assert.True(names.IndexOf("apply.withdraw") < names.IndexOf("apply.document"));
        Assert.Equal([oldRelation], (IEnumerable<string>)transport.Last("facts.deleteRelations[MEDIATOR]").Parameters["ids"]!);
        Assert.Equal(["org:osce", Exchange], (IEnumerable<string>)transport.Last("facts.unsupportedNodes").Parameters["ids"]!);
        Assert.Equal(["org:osce"], (IEnumerable<string>)transport.Last("facts.deleteNodes").Parameters["ids"]!);
    }

    [Fact]
    public async Task Merge_rekeys_relations_onto_the_survivor_and_moves_evidence_and_ids()
    {
        var (store, transport) = Create();
        var old = FactIds.Relation(RelationType.Mediator, Exchange, "state:usa", null);
        var loop = FactIds.Relation(RelationType.MemberOf, "state:usa", UnitedStates, null);
        transport
            .On(Statements.NodesByIds, s => Rows(["query", "node"], ((IEnumerable<string>)s.Parameters["ids"]!).Select(id => new object?[]
            {
                id, new Dictionary<string, object?> { ["id"] = id, ["kind"] = "State", ["name"] = id == UnitedStates ? "United States" : "USA",
                    ["confidence"] = 0.9, ["discovered"] = false, ["aliases"] = Array.Empty<string>(), ["quantities"] = Array.Empty<object>(), ["evidenceCount"] = 1 },
            }).ToArray()))
            .On(Statements.MergeRelationsOf, Rows(["relation"],
                [new Dictionary<string, object?> { ["id"] = old, ["type"] = "MEDIATOR", ["from"] = Exchange, ["to"] = "state:usa", ["confidence"] = 0.7 }],
                [new Dictionary<string, object?> { ["id"] = loop, ["type"] = "MEMBER_OF", ["from"] = "state:usa", ["to"] = UnitedStates, ["confidence"] = 0.5 }]));

        var survivor = await store.MergeNodesAsync(UnitedStates, "state:usa", ByAnalyst);

        Assert.Equal(UnitedStates, survivor.Id);
        var rekeyed = FactIds.Relation(RelationType.Mediator, Exchange, UnitedStates, null);
        Assert.Equal([rekeyed], RowsOf(transport.Last("apply.relations[MEDIATOR]"), "relations").Select(r => r["id"]));
        Assert.Equal([loop], (IEnumerable<string>)transport.Last("facts.deleteRelations[MEMBER_OF]").Parameters["ids"]!);
        var moves = RowsOf(transport.Last("merge.moveEvidence"), "moves");
        Assert.Equal([(old, rekeyed)], moves.Select(m => ((string)m["from"]!, (string)m["to"]!)));
        Assert.Equal(("USA", UnitedStates), ((string)transport.Last("curations.addAlias").Parameters["name"]!, (string)transport.Last("curations.addAlias").Parameters["nodeId"]!));
        var record = transport.Last("curations.record").Parameters;
        Assert.Equal(("MergeNodes", UnitedStates, "state:usa", "USA", "2026-05-01T12:00:00.0000000+00:00"),
            (record["action"], record["targetId"], record["otherId"], record["value"], record["at"]));
        Assert.Single(transport.Committed);
        Assert.True(transport.Committed[1]);
    }

    [Fact]
    public async Task Merging_nodes_of_different_kinds_is_refused_and_rolled_back()
    {
        var (store, transport) = Create();
        transport.On(Statements.NodesByIds, s => Rows(["query", "node"], ((IEnumerable<string>)s.Parameters["ids"]!).Select(id => new object?[]
        {
            id, new Dictionary<string, object?> { ["id"] = id, ["kind"] = id.StartsWith("state:") ? "State" : "Organization", ["name"] = id,
                ["confidence"] = 0.9, ["discovered"] = false, ["aliases"] = Array.Empty<string>(), ["quantities"] = Array.Empty<object>(), ["evidenceCount"] = 1 },
        }).ToArray()));

        await Assert.ThrowsAsync<InvalidFactException>(() => store.MergeNodesAsync(Armenia, Icrc, ByAnalyst));

        Assert.False(transport.Committed[1]);
        Assert.DoesNotContain("merge.moveNode", transport.Names());
    }

    [Fact]
    public async Task Search_sends_every_word_as_a_prefix_of_the_normalized_query()
    {
        var (store, transport) = Create();
        transport.On(Statements.NodesSearch, CypherResult.Empty);

        Assert.Empty(await store.SearchAsync(new SearchQuery("  Nikol PASHINYÀN ", [NodeKind.Person], 5)));

        var search = transport.Last("nodes.search").Parameters;
        Assert.Equal(("+nikol* +pashinyan*", "nikol pashinyan", 5), (search["match"], search["key"], search["first"]));
        Assert.Equal(["Person"], (IEnumerable<string>)search["kinds"]!);
        Assert.Empty(await store.SearchAsync(new SearchQuery(" ?! ")));
        Assert.Single(transport.Sent);
    }

    [Fact]
    public async Task Event_pages_continue_after_the_cursor_of_the_last_item()
    {
        var (store, transport) = Create();
        transport
            .On(Statements.EventsFind, Rows(["total", "page"], [3, new[]
            {
                new Dictionary<string, object?> { ["id"] = "event:a", ["rank"] = 0, ["key"] = -738000 },
                new Dictionary<string, object?> { ["id"] = "event:b", ["rank"] = 1, ["key"] = 0 },
            }]))
            .On(Statements.NodesByIds, s => Rows(["query", "node"], ((IEnumerable<string>)s.Parameters["ids"]!).Select(id => new object?[]
            {
                id, new Dictionary<string, object?> { ["id"] = id, ["kind"] = "Event", ["type"] = "Meeting", ["name"] = id, ["confidence"] = 0.8,
                    ["aliases"] = Array.Empty<string>(), ["quantities"] = Array.Empty<object>(), ["evidenceCount"] = 1 },
            }).ToArray()));

        var page = await store.FindEventsAsync(new EventQuery(Order: EventOrder.TimeDescending, First: 1));
        await store.FindEventsAsync(new EventQuery(Order: EventOrder.TimeDescending, First: 1, After: page.Cursors[0]));

        Assert.Equal(["event:a"], page.Items.Select(e => e.Id));
        Assert.Equal((true, 3), (page.HasNextPage, page.TotalCount));
        var next = transport.Last("events.find").Parameters;
        Assert.Equal((0L, -738000L, "event:a", true, 2), (next["afterRank"], next["afterKey"], next["afterId"], next["descending"], next["limit"]));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.FindEventsAsync(new EventQuery(After: "not-a-cursor")));
    }

    [Fact]
    public async Task Reads_with_bad_arguments_are_refused_before_any_statement()
    {
        var (store, transport) = Create();

        await Assert.ThrowsAsync<InvalidFactException>(() => store.GetNeighborhoodAsync(Armenia, 11));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.FindShortestPathsAsync(Armenia, Russia, Neo4jGraphStore.MaxPathHops + 1));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.SearchAsync(new SearchQuery("x", First: 0)));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.ListDocumentsAsync(0));
        await Assert.ThrowsAsync<InvalidFactException>(() => store.RetractFactAsync("not an id", ByAnalyst));

        Assert.Empty(transport.Sent);
    }
}
