using Graph.Model;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Contract;

/// <summary>Batched reads: nodes, relations, evidence, stats and export.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task GetNodes_returns_entities_events_and_documents_and_leaves_out_unknown_ids()
    {
        var store = await StoreWithAsync();
        var nodes = await store.GetNodesAsync([Armenia, Exchange, "doc:ceasefire-2020", "state:atlantis", "rel:00000000000000000000", "not an id"]);

        Assert.Equal(["doc:ceasefire-2020", Exchange, Armenia], nodes.Keys.Order(StringComparer.Ordinal));
        Assert.IsType<Entity>(nodes[Armenia]);
        Assert.IsType<Event>(nodes[Exchange]);
        var doc = Assert.IsType<DocumentRecord>(nodes["doc:ceasefire-2020"]);
        Assert.Equal((NodeKind.Document, "Trilateral ceasefire"), (doc.Kind, doc.Name));
        Assert.Empty(await store.GetNodesAsync([]));
    }

    [SkippableFact]
    public async Task GetNodes_reads_every_node_of_the_graph_in_one_call()
    {
        var store = await StoreWithAsync();
        var export = await store.ExportAsync();
        var ids = export.Entities.Select(e => e.Id).Concat(export.Events.Select(e => e.Id)).Concat(export.Documents.Select(d => d.Id)).ToList();

        var nodes = await store.GetNodesAsync(ids);

        Assert.Equal(ids.Order(StringComparer.Ordinal), nodes.Keys.Order(StringComparer.Ordinal));
        Assert.All(ids, id => Assert.Equal(id, nodes[id].Id));
        Assert.Equal(export.Entities, export.Entities.Select(e => (Entity)nodes[e.Id]), EntityComparer.Instance);
    }

    [SkippableFact]
    public async Task GetRelations_filters_by_type_and_direction()
    {
        var store = await StoreWithAsync();

        var incoming = (await store.GetRelationsAsync(new RelationQuery([Russia], Direction: Direction.Incoming)))[Russia];
        Assert.Equal([RelationType.Signatory, RelationType.Broker, RelationType.Guarantor], incoming.Select(r => r.Type).Order());
        Assert.All(incoming, r => Assert.Equal((Ceasefire, Russia), (r.From, r.To)));

        var outgoing = (await store.GetRelationsAsync(new RelationQuery([Russia], Direction: Direction.Outgoing)))[Russia];
        var coChairs = Assert.Single(outgoing);
        Assert.Equal((RelationType.CoChairs, Russia, MinskGroup), (coChairs.Type, coChairs.From, coChairs.To));

        var both = (await store.GetRelationsAsync(new RelationQuery([Russia])))[Russia];
        Assert.Equal(4, both.Count);
        Assert.Equal(both.Count, both.Select(r => r.Id).Distinct().Count());

        var brokers = (await store.GetRelationsAsync(new RelationQuery([Russia], [RelationType.Broker, RelationType.Host], Direction.Both)))[Russia];
        Assert.Equal(RelationType.Broker, Assert.Single(brokers).Type);
    }

    [SkippableFact]
    public async Task GetRelations_of_many_nodes_keys_each_by_the_queried_node()
    {
        var store = await StoreWithAsync();
        var result = await store.GetRelationsAsync(new RelationQuery([Ceasefire, Russia, Georgia, "state:atlantis"], [RelationType.Broker, RelationType.Mediator]));

        Assert.False(result.ContainsKey("state:atlantis"));
        var broker = RelationId(RelationType.Broker, Ceasefire, Russia);
        Assert.Equal([broker], result[Ceasefire].Select(r => r.Id));
        Assert.Equal([broker], result[Russia].Select(r => r.Id));
        Assert.Equal([RelationId(RelationType.Mediator, Exchange, Georgia)], result[Georgia].Select(r => r.Id));
        Assert.Empty(await store.GetRelationsAsync(new RelationQuery([])));
    }

    [SkippableFact]
    public async Task GetRelationsById_returns_known_relations_with_their_evidence_count()
    {
        var store = await StoreWithAsync();
        var signatory = RelationId(RelationType.Signatory, Ceasefire, Armenia);
        var office = RelationId(RelationType.HoldsOffice, Pashinyan, Armenia, "Prime Minister");
        var relations = await store.GetRelationsByIdAsync([signatory, office, "rel:00000000000000000000"]);

        Assert.Equal(2, relations.Count);
        Assert.Equal((RelationType.HoldsOffice, Pashinyan, Armenia, "Prime Minister", 1),
            (relations[office].Type, relations[office].From, relations[office].To, relations[office].Role, relations[office].EvidenceCount));
        Assert.Equal(signatory, relations[signatory].Id);
    }

    [SkippableFact]
    public async Task GetEvidence_of_many_facts_is_keyed_by_fact_id()
    {
        var store = await StoreWithAsync();
        var signatory = RelationId(RelationType.Signatory, Ceasefire, Armenia);
        var evidence = await store.GetEvidenceAsync([Armenia, Exchange, signatory, "state:atlantis"]);

        Assert.Equal(3, evidence.Count);
        Assert.Equal(["doc:ceasefire-2020", "doc:exchange-2021", "doc:moscow-meeting", "doc:return-2020"],
            evidence[Armenia].Select(e => e.DocumentId).Order());
        Assert.All(evidence[Armenia], e => Assert.Equal(Armenia, e.FactId));
        var single = Assert.Single(evidence[signatory]);
        Assert.Equal(("doc:ceasefire-2020", "relation-rule", signatory), (single.DocumentId, single.Rule, single.FactId));
        Assert.Single(evidence[Exchange]);
    }

    [SkippableFact]
    public async Task Stats_count_nodes_by_kind_relations_and_evidence()
    {
        var store = await StoreWithAsync();
        var facts = All().Select(d => d.Build()).ToList();
        var entityKinds = facts.SelectMany(f => f.Entities).DistinctBy(e => e.Id).CountBy(e => e.Kind).ToDictionary();

        var stats = await store.GetStatsAsync();

        foreach (var kind in NodeKinds.Entities) Assert.Equal(entityKinds.GetValueOrDefault(kind), stats.Nodes.GetValueOrDefault(kind));
        Assert.Equal(facts.SelectMany(f => f.Events).Select(e => e.Id).Distinct().Count(), stats.Nodes[NodeKind.Event]);
        Assert.Equal(facts.Count, stats.Nodes[NodeKind.Document]);
        Assert.Equal(facts.SelectMany(f => f.Relations).Select(r => r.Id).Distinct().Count(), stats.Relations);
        Assert.Equal(facts.Sum(f => f.Entities.Count + f.Events.Count + f.Relations.Count), stats.Evidence);
        Assert.Equal(0, stats.Curations);
    }

    [SkippableFact]
    public async Task Export_holds_the_whole_graph_in_id_order()
    {
        var store = await StoreWithAsync();
        var stats = await store.GetStatsAsync();
        var export = await store.ExportAsync();

        Assert.Equal(stats.Nodes[NodeKind.Document], export.Documents.Count);
        Assert.All(export.Documents, d => Assert.False(string.IsNullOrEmpty(d.Text)));
        Assert.Equal(NodeKinds.Entities.Sum(k => stats.Nodes.GetValueOrDefault(k)), export.Entities.Count);
        Assert.Equal(stats.Nodes[NodeKind.Event], export.Events.Count);
        Assert.Equal(stats.Relations, export.Relations.Count);
        Assert.Equal(stats.Evidence, export.Evidence.Count);
        Assert.Equal(export.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), export.Entities.Select(e => e.Id));
        Assert.Equal(export.Relations.Select(e => e.Id).Order(StringComparer.Ordinal), export.Relations.Select(e => e.Id));
        var factIds = export.Entities.Select(e => e.Id).Concat(export.Events.Select(e => e.Id)).Concat(export.Relations.Select(r => r.Id)).ToHashSet();
        Assert.All(export.Evidence, e => Assert.Contains(e.FactId!, factIds));
        Assert.Equal(export.Entities.Sum(e => e.EvidenceCount) + export.Events.Sum(e => e.EvidenceCount) + export.Relations.Sum(r => r.EvidenceCount), export.Evidence.Count);
    }

    /// <summary>Entities compared field by field (aliases as sequences).</summary>
    protected sealed class EntityComparer : IEqualityComparer<Entity>
    {
        public static readonly EntityComparer Instance = new();

        public bool Equals(Entity? x, Entity? y) =>
            x is not null && y is not null && x with { Aliases = [] } == y with { Aliases = [] } && x.Aliases.SequenceEqual(y.Aliases);

        public int GetHashCode(Entity obj) => obj.Id.GetHashCode();
    }
}
