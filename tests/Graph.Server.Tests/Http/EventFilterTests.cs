using System.Text.Json;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http;

/// <summary><c>events(filter: {involving, involvingAtLeast})</c> over HTTP on the seeded graph: events where several of the given actors take part together.</summary>
[Collection(ServerCollection.Name)]
public sealed class EventFilterTests(ServerFixture server)
{
    private async Task<string> PersonId(string name)
    {
        var data = (await server.Client.PostAsync($$"""{ entitiesByName(name: "{{name}}", kinds: [PERSON]) { id } }""")).EnsureNoErrors().Data;
        return data.GetProperty("entitiesByName")[0].GetProperty("id").GetString()!;
    }

    private async Task<List<JsonElement>> Events(string[] ids, int atLeast)
    {
        var query = $$"""{ events(filter: {involving: {{JsonSerializer.Serialize(ids)}}, involvingAtLeast: {{atLeast}}}, first: 200) { totalCount nodes { id type roles { entity { id } } } } }""";
        var events = (await server.Client.PostAsync(query)).EnsureNoErrors().Data.GetProperty("events");
        var nodes = events.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(events.GetProperty("totalCount").GetInt32(), nodes.Count);
        return nodes;
    }

    [Fact]
    public async Task Events_where_all_three_leaders_take_part_are_a_subset_of_those_with_any()
    {
        string[] leaders = [await PersonId("Vladimir Putin"), await PersonId("Ilham Aliyev"), await PersonId("Nikol Pashinyan")];
        var any = await Events(leaders, 1);
        var two = await Events(leaders, 2);
        var all = await Events(leaders, 3);

        Assert.NotEmpty(all);
        Assert.True(any.Count > all.Count, $"{any.Count} events involve any leader, {all.Count} all three");
        Assert.Subset(two.Select(e => e.GetProperty("id").GetString()).ToHashSet(), all.Select(e => e.GetProperty("id").GetString()).ToHashSet());
        foreach (var (events, atLeast) in new[] { (any, 1), (two, 2), (all, 3) })
        {
            foreach (var ev in events)
            {
                var taking = ev.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("entity").GetProperty("id").GetString()).ToHashSet();
                Assert.True(leaders.Count(taking.Contains) >= atLeast, $"{ev.GetProperty("id")} involves fewer than {atLeast} of the leaders");
            }
        }
        // The Moscow meeting of January 11, 2021 names all three.
        Assert.Contains(all, e => e.GetProperty("type").GetString() == "MEETING");
    }

    [Theory]
    [InlineData("""involving: ["person:nikol-pashinyan"], involvingAtLeast: 0""", "between 1 and")]
    [InlineData("""involving: ["person:nikol-pashinyan"], involvingAtLeast: 2""", "between 1 and the number of entities")]
    [InlineData("""involvingAtLeast: 2""", "needs filter.involving")]
    public async Task Out_of_range_counts_are_clear_input_errors(string filter, string message)
    {
        var response = await server.Client.PostAsync($$"""{ events(filter: { {{filter}} }) { totalCount } }""");
        Assert.True(response.HasErrors);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains(message, response.FirstErrorMessage);
    }
}
