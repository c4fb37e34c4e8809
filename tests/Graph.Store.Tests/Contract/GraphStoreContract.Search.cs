using Graph.Model;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Contract;

/// <summary>Ranked search over names and aliases, and exact lookup by normalized name.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task Search_is_case_and_accent_insensitive()
    {
        var store = await StoreWithAsync();
        foreach (var text in new[] { "ALIYEV", "aliyev", "Əliyev", "İLHAM ƏLİYEV", "ilham aliyev" })
        {
            var hits = await store.SearchAsync(new SearchQuery(text));
            Assert.True(hits.Count > 0, $"'{text}' should find Aliyev");
            Assert.Equal(Aliyev, hits[0].Node.Id);
        }
        var exact = await store.SearchAsync(new SearchQuery("ilham aliyev"));
        Assert.Equal("Ilham Aliyev", exact[0].MatchedName);
    }

    [SkippableFact]
    public async Task Search_hit_on_an_alias_returns_the_entity_once_with_the_matched_alias()
    {
        var store = await StoreWithAsync();

        var icrc = await store.SearchAsync(new SearchQuery("ICRC"));
        var hit = Assert.Single(icrc);
        Assert.Equal((Icrc, "ICRC"), (hit.Node.Id, hit.MatchedName));
        Assert.IsType<Entity>(hit.Node);

        var redCross = await store.SearchAsync(new SearchQuery("red cross"));
        Assert.Single(redCross, h => h.Node.Id == Icrc);
        Assert.Equal("Red Cross", redCross.Single(h => h.Node.Id == Icrc).MatchedName);
    }

    [SkippableFact]
    public async Task Search_ranks_an_exact_name_above_longer_names_that_contain_it()
    {
        var store = await StoreWithAsync();
        var hits = await store.SearchAsync(new SearchQuery("Armenia"));

        Assert.Equal(Armenia, hits[0].Node.Id);
        Assert.Equal("Armenia", hits[0].MatchedName);
        Assert.True(hits.Count > 1, "names containing 'Armenian' also match");
        Assert.All(hits.Zip(hits.Skip(1)), pair => Assert.True(pair.First.Score >= pair.Second.Score, "scores descend"));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Equal(hits.Count, hits.Select(h => h.Node.Id).Distinct().Count());
    }

    [SkippableFact]
    public async Task Search_matches_word_prefixes_for_type_ahead()
    {
        var store = await StoreWithAsync();
        Assert.Equal(Pashinyan, (await store.SearchAsync(new SearchQuery("pashin")))[0].Node.Id);
        Assert.Equal(Moscow, (await store.SearchAsync(new SearchQuery("Mosc")))[0].Node.Id);
        Assert.Equal(MinskGroup, (await store.SearchAsync(new SearchQuery("minsk gr")))[0].Node.Id);
    }

    [SkippableFact]
    public async Task Search_filters_by_kind_limits_results_and_finds_events()
    {
        var store = await StoreWithAsync();

        var all = await store.SearchAsync(new SearchQuery("moscow"));
        Assert.Equal([Moscow, MoscowMeeting], all.Select(h => h.Node.Id));
        Assert.IsType<Event>(all[1].Node);

        var places = await store.SearchAsync(new SearchQuery("moscow", [NodeKind.Place]));
        Assert.Equal(Moscow, Assert.Single(places).Node.Id);

        var events = await store.SearchAsync(new SearchQuery("moscow", [NodeKind.Event]));
        Assert.Equal(MoscowMeeting, Assert.Single(events).Node.Id);

        Assert.Single(await store.SearchAsync(new SearchQuery("moscow", First: 1)));
        Assert.Equal(Ceasefire, (await store.SearchAsync(new SearchQuery("ceasefire")))[0].Node.Id);
    }

    [SkippableFact]
    public async Task Search_without_a_match_is_empty()
    {
        var store = await StoreWithAsync();
        Assert.Empty(await store.SearchAsync(new SearchQuery("zzzyxw")));
        Assert.Empty(await store.SearchAsync(new SearchQuery("   ")));
        Assert.Empty(await store.SearchAsync(new SearchQuery("\"*:-)")));
        Assert.Empty(await store.SearchAsync(new SearchQuery("Trilateral", [NodeKind.Person])));
    }

    [SkippableFact]
    public async Task FindByNames_matches_normalized_names_and_aliases_keyed_by_the_given_name()
    {
        var store = await StoreWithAsync();
        var found = await store.FindByNamesAsync(["armenia", " ARMENIA ", "İlham Əliyev", "U.S.", "US", "Republic of Armenia", "nobody at all", ""]);

        Assert.Equal(Armenia, Assert.Single(found["armenia"]).Id);
        Assert.Equal(Armenia, Assert.Single(found[" ARMENIA "]).Id);
        Assert.Equal(Aliyev, Assert.Single(found["İlham Əliyev"]).Id);
        Assert.Equal(UnitedStates, Assert.Single(found["U.S."]).Id);
        Assert.Equal(UnitedStates, Assert.Single(found["US"]).Id);
        Assert.Equal(Armenia, Assert.Single(found["Republic of Armenia"]).Id);
        Assert.False(found.ContainsKey("nobody at all"));
        Assert.False(found.ContainsKey(""));
    }

    [SkippableFact]
    public async Task FindByNames_filters_by_kind_and_never_returns_events()
    {
        var store = await StoreWithAsync();
        Assert.Empty(await store.FindByNamesAsync(["Moscow"], [NodeKind.Person]));
        Assert.Equal(Moscow, Assert.Single((await store.FindByNamesAsync(["Moscow"], [NodeKind.Place, NodeKind.State]))["Moscow"]).Id);
        Assert.Empty(await store.FindByNamesAsync(["Trilateral meeting in Moscow"]));
    }

    [SkippableFact]
    public async Task FindByNames_returns_every_entity_sharing_a_name()
    {
        var store = await StoreWithAsync(new DocumentBuilder("two-georgias",
                "Georgia the country and Georgia the US state are not the same Georgia.")
            .Entity("state:georgia", "Georgia")
            .Entity("place:georgia-us-state", "Georgia", [], "us-state"));

        var found = (await store.FindByNamesAsync(["georgia"]))["georgia"];

        Assert.Equal(["place:georgia-us-state", "state:georgia"], found.Select(e => e.Id).Order(StringComparer.Ordinal));
    }
}
