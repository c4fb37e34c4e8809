using Graph.Model;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Contract;

/// <summary>Neighbourhoods and shortest paths, edges followed both ways.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task Neighborhood_of_depth_zero_is_the_node_alone()
    {
        var store = await StoreWithAsync();
        var sub = await store.GetNeighborhoodAsync(Ceasefire, 0);
        Assert.Equal([Ceasefire], sub.Nodes.Select(n => n.Id));
        Assert.Empty(sub.Relations);
        Assert.False(sub.Truncated);
    }

    [SkippableFact]
    public async Task Neighborhood_of_depth_one_holds_the_direct_neighbours_and_their_relations()
    {
        var store = await StoreWithAsync();
        var sub = await store.GetNeighborhoodAsync(Ceasefire, 1);

        Assert.Equal([Ceasefire, Armenia, Azerbaijan, Russia], sub.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(5, sub.Relations.Count);
        Assert.All(sub.Relations, r => Assert.Equal(Ceasefire, r.From));
        Assert.False(sub.Truncated);
        Assert.IsType<Event>(sub.Nodes.Single(n => n.Id == Ceasefire));
    }

    [SkippableFact]
    public async Task Neighborhood_of_depth_two_holds_every_relation_among_its_nodes()
    {
        var store = await StoreWithAsync();
        var sub = await store.GetNeighborhoodAsync(Ceasefire, 2);

        string[] expected = [Exchange, UntimedStatement, RemainsReturn, MinskGroup, Pashinyan, Armenia, Azerbaijan, Ceasefire, Russia];
        Assert.Equal(expected.Order(StringComparer.Ordinal), sub.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        var ids = sub.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(sub.Relations, r => Assert.True(ids.Contains(r.From) && ids.Contains(r.To), $"{r.Type} {r.From}->{r.To} leaves the subgraph"));
        Assert.Equal(11, sub.Relations.Count);
        Assert.Equal(sub.Relations.Count, sub.Relations.Select(r => r.Id).Distinct().Count());
        Assert.Contains(sub.Relations, r => r.Type == RelationType.HoldsOffice);
        Assert.Contains(sub.Relations, r => r.Type == RelationType.CoChairs && r.From == Russia);
    }

    [SkippableFact]
    public async Task Neighborhood_follows_only_the_given_relation_types()
    {
        var store = await StoreWithAsync();
        var sub = await store.GetNeighborhoodAsync(Ceasefire, 3, [RelationType.Signatory]);
        Assert.Equal([Ceasefire, Armenia, Azerbaijan, Russia], sub.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, sub.Relations.Count);
        Assert.All(sub.Relations, r => Assert.Equal(RelationType.Signatory, r.Type));
    }

    [SkippableFact]
    public async Task Neighborhood_stops_at_max_nodes_and_says_it_was_truncated()
    {
        var store = await StoreWithAsync();
        var sub = await store.GetNeighborhoodAsync(Armenia, 2, maxNodes: 3);
        Assert.True(sub.Truncated);
        Assert.Equal(3, sub.Nodes.Count);
        Assert.Contains(sub.Nodes, n => n.Id == Armenia);
        var ids = sub.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(sub.Relations, r => Assert.True(ids.Contains(r.From) && ids.Contains(r.To)));

        var whole = await store.GetNeighborhoodAsync(Armenia, 1, maxNodes: 6);
        Assert.False(whole.Truncated);
        Assert.Equal(6, whole.Nodes.Count);
    }

    [SkippableFact]
    public async Task Neighborhood_of_an_unknown_node_is_empty()
    {
        var store = await StoreWithAsync();
        var sub = await store.GetNeighborhoodAsync("state:atlantis", 2);
        Assert.Empty(sub.Nodes);
        Assert.Empty(sub.Relations);
    }

    [SkippableFact]
    public async Task ShortestPaths_through_an_event_connect_its_two_mediators()
    {
        var store = await StoreWithAsync();
        var paths = await store.FindShortestPathsAsync(Georgia, UnitedStates, 4);

        var path = Assert.Single(paths);
        Assert.Equal([Georgia, Exchange, UnitedStates], path.NodeIds);
        Assert.Equal([RelationId(RelationType.Mediator, Exchange, Georgia), RelationId(RelationType.Mediator, Exchange, UnitedStates)],
            path.Steps.Select(s => s.Id));
        Assert.Empty(await store.FindShortestPathsAsync(Georgia, UnitedStates, 1));
    }

    [SkippableFact]
    public async Task ShortestPaths_count_parallel_relations_as_distinct_paths()
    {
        var store = await StoreWithAsync();
        var paths = await store.FindShortestPathsAsync(Ceasefire, Russia, 3);

        Assert.Equal(3, paths.Count);
        Assert.All(paths, p => Assert.Equal([Ceasefire, Russia], p.NodeIds));
        Assert.Equal([RelationType.Signatory, RelationType.Broker, RelationType.Guarantor], paths.Select(p => p.Steps.Single().Type).Order());
    }

    [SkippableFact]
    public async Task ShortestPaths_of_four_hops_link_the_red_cross_to_russia_step_by_step()
    {
        var store = await StoreWithAsync();
        var paths = await store.FindShortestPathsAsync(Icrc, Russia, 6);

        Assert.Equal(3, paths.Count);
        foreach (var path in paths)
        {
            Assert.Equal([Icrc, RemainsReturn, Armenia, Ceasefire, Russia], path.NodeIds);
            Assert.Equal(4, path.Steps.Count);
            for (var i = 0; i < path.Steps.Count; i++)
            {
                var step = path.Steps[i];
                var ends = new[] { path.NodeIds[i], path.NodeIds[i + 1] }.Order(StringComparer.Ordinal);
                Assert.Equal(ends, new[] { step.From, step.To }.Order(StringComparer.Ordinal));
            }
        }
        Assert.Equal(3, paths.Select(p => string.Join(",", p.Steps.Select(s => s.Id))).Distinct().Count());
        Assert.Equal(2, (await store.FindShortestPathsAsync(Icrc, Russia, 6, maxPaths: 2)).Count);
        Assert.Empty(await store.FindShortestPathsAsync(Icrc, Russia, 3));
        Assert.Equal(3, (await store.FindShortestPathsAsync(Russia, Icrc, 4)).Count);
    }

    [SkippableFact]
    public async Task ShortestPaths_edge_cases_same_node_unknown_node_and_no_path()
    {
        var store = await StoreWithAsync([.. All(), Tiny()]);
        var self = Assert.Single(await store.FindShortestPathsAsync(Russia, Russia, 3));
        Assert.Equal([Russia], self.NodeIds);
        Assert.Empty(self.Steps);
        Assert.Empty(await store.FindShortestPathsAsync(Russia, "state:atlantis", 3));
        Assert.Empty(await store.FindShortestPathsAsync("state:atlantis", Russia, 3));
        Assert.Empty(await store.FindShortestPathsAsync("state:testland", Russia, 8));
    }
}
