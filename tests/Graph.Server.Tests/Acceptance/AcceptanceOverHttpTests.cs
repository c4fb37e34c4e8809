using System.Text.Json;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Acceptance;

/// <summary>
/// The analyst questions of shared/acceptance/questions.md asked over HTTP of the real server (seeds ingested at
/// start-up by the service itself), as an analyst would in the playground: each test checks the answer and the seed
/// files its sources name.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AcceptanceOverHttpTests(ServerFixture server)
{
    private const string S000 = "000_b5cc1a97e5786702.txt", S001 = "001_903ba6c16bdcb4bd.txt", S002 = "002_a895ccd62392fd54.txt",
        S003 = "003_89978c79b3e677df.txt", S004 = "004_f442b0a99d4997eb.txt";
    private const string Exchanges = "[PRISONER_EXCHANGE, PRISONER_RELEASE, RETURN_OF_REMAINS]";

    private async Task<JsonElement> Ask(string query) => (await server.Client.PostAsync(query)).EnsureNoErrors().Data;

    private async Task<string> IdOf(string name, string kind)
    {
        var data = await Ask($$"""{ entitiesByName(name: "{{name}}", kinds: [{{kind}}]) { id } }""");
        return data.GetProperty("entitiesByName")[0].GetProperty("id").GetString()!;
    }

    private static IEnumerable<JsonElement> Items(JsonElement array) => array.EnumerateArray();

    private static string Name(JsonElement e) => e.GetProperty("name").GetString()!;

    /// <summary>The seed files named by every "sourcePath" under the element.</summary>
    private static HashSet<string> Sources(JsonElement e)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement x)
        {
            switch (x.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in x.EnumerateObject())
                    {
                        if (p.Name == "sourcePath" && p.Value.ValueKind == JsonValueKind.String) found.Add(Path.GetFileName(p.Value.GetString()!));
                        else Walk(p.Value);
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var i in x.EnumerateArray()) Walk(i);
                    break;
            }
        }
        Walk(e);
        return found;
    }

    private static void AssertCites(JsonElement e, params string[] seeds)
    {
        var sources = Sources(e);
        Assert.True(sources.IsSupersetOf(seeds), $"sources [{string.Join(", ", sources)}], expected at least [{string.Join(", ", seeds)}]");
    }

    private static HashSet<string> RoleNames(JsonElement ev, string role) =>
        Items(ev.GetProperty("roles")).Where(r => r.GetProperty("role").GetString() == role).Select(r => Name(r.GetProperty("entity"))).ToHashSet();

    private const string EventFields = "id name type time { start end } quantities { value counted approximate claimedBy { name } } sources { sourcePath } roles { role entity { __typename name aliases } relation { sources { sourcePath } } }";

    private async Task<JsonElement> JuneExchange()
    {
        var data = await Ask($$"""{ events(filter: {types: {{Exchanges}}, from: "2021-06-01", to: "2021-06-30"}) { nodes { {{EventFields}} } } }""");
        var candidates = Items(data.GetProperty("events").GetProperty("nodes"))
            .Where(e => Items(e.GetProperty("quantities")).Any(q => q.GetProperty("value").GetDouble() == 15)).ToArray();
        return Assert.Single(candidates);
    }

    [Fact]
    public async Task Q01_mediators_of_the_june_12_2021_exchange()
    {
        var ev = await JuneExchange();
        var mediators = RoleNames(ev, "MEDIATOR");
        foreach (var expected in new[] { "Georgia", "Irakli Garibashvili", "United States", "Antony Blinken", "Philip Reeker", "European Union" })
            Assert.Contains(expected, mediators);
        Assert.Contains(mediators, m => m.Contains("Security and Co", StringComparison.Ordinal));
        Assert.DoesNotContain("Russia", mediators);
        AssertCites(ev.GetProperty("sources"), S001, S004);
    }

    [Fact]
    public async Task Q02_return_of_four_captives_through_the_icrc_announced_by_avinyan()
    {
        var data = await Ask($$"""{ events(filter: {types: {{Exchanges}}, from: "2020-12-28", to: "2020-12-28"}) { nodes { quantities { value } sources { sourcePath } roles(roles: [MEDIATOR, ANNOUNCER]) { role entity { name ... on Person { offices { title of { name } } } } } } } }""");
        var ev = Assert.Single(Items(data.GetProperty("events").GetProperty("nodes")), e => Items(e.GetProperty("quantities")).Any(q => q.GetProperty("value").GetDouble() == 4));
        Assert.Equal(["International Committee of the Red Cross"], RoleNames(ev, "MEDIATOR"));
        var announcer = Assert.Single(Items(ev.GetProperty("roles")), r => r.GetProperty("role").GetString() == "ANNOUNCER").GetProperty("entity");
        Assert.Equal("Tigran Avinyan", Name(announcer));
        Assert.Contains(Items(announcer.GetProperty("offices")), o => o.GetProperty("title").GetString()!.Contains("Deputy Prime Minister") && Name(o.GetProperty("of")) == "Armenia");
        AssertCites(ev.GetProperty("sources"), S000);
    }

    [Fact]
    public async Task Q03_signatories_broker_and_guarantor_of_the_november_10_2020_ceasefire()
    {
        var data = await Ask("""{ events(filter: {types: [CEASEFIRE, AGREEMENT], from: "2020-11-10", to: "2020-11-10"}) { nodes { sources { sourcePath } roles(roles: [SIGNATORY, BROKER, GUARANTOR]) { role entity { name } } } } }""");
        var ev = Items(data.GetProperty("events").GetProperty("nodes")).First(e => RoleNames(e, "SIGNATORY").Count > 0);
        Assert.Equal(new HashSet<string> { "Armenia", "Azerbaijan", "Russia" }, RoleNames(ev, "SIGNATORY"));
        Assert.Contains("Russia", RoleNames(ev, "BROKER"));
        Assert.Contains("Russia", RoleNames(ev, "GUARANTOR"));
        AssertCites(ev.GetProperty("sources"), S000, S002, S003);
    }

    [Fact]
    public async Task Q04_co_chairs_of_the_minsk_group_and_its_founding()
    {
        var data = await Ask("""{ entitiesByName(name: "OSCE Minsk Group", kinds: [ORGANIZATION]) { ... on Organization { name members { type from { ... on State { name } } sources { sourcePath } } events(types: [FOUNDING]) { event { time { start end } sources { sourcePath } } } } } }""");
        var minsk = data.GetProperty("entitiesByName")[0];
        var cochairs = Items(minsk.GetProperty("members")).Where(m => m.GetProperty("type").GetString() == "CO_CHAIRS").ToArray();
        Assert.Equal(new HashSet<string> { "United States", "France", "Russia" }, cochairs.Select(m => Name(m.GetProperty("from"))).ToHashSet());
        AssertCites(minsk.GetProperty("members"), S003);
        var founding = Assert.Single(Items(minsk.GetProperty("events")), e => e.GetProperty("event").GetProperty("time").GetProperty("start").GetString()!.StartsWith("1994"));
        AssertCites(founding, S000);
    }

    [Fact]
    public async Task Q05_the_map_of_97000_mines_in_the_agdam_region()
    {
        var ev = await JuneExchange();
        Assert.Contains(Items(ev.GetProperty("quantities")), q => q.GetProperty("value").GetDouble() == 97000 && q.GetProperty("counted").GetString()!.Contains("mine"));
        var agdam = Assert.Single(Items(ev.GetProperty("roles")), r => Name(r.GetProperty("entity")) == "Agdam");
        AssertCites(agdam.GetProperty("relation"), S001);
        AssertCites(ev.GetProperty("sources"), S001, S004);
    }

    [Fact]
    public async Task Q06_the_january_11_2021_meeting_in_moscow()
    {
        var data = await Ask("""{ events(filter: {types: [MEETING], from: "2021-01-11", to: "2021-01-11"}) { nodes { sources { sourcePath } roles(roles: [HOST, ATTENDEE, PARTICIPANT]) { role entity { __typename name } } } } }""");
        var ev = Items(data.GetProperty("events").GetProperty("nodes")).First(e => RoleNames(e, "HOST").Count > 0);
        Assert.Equal(["Vladimir Putin"], RoleNames(ev, "HOST"));
        var people = Items(ev.GetProperty("roles")).Select(r => r.GetProperty("entity")).Where(e => e.GetProperty("__typename").GetString() == "Person").Select(Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "Vladimir Putin", "Ilham Aliyev", "Nikol Pashinyan" }, people);
        AssertCites(ev.GetProperty("sources"), S003, S000);
    }

    [Fact]
    public async Task Q07_districts_armenia_pledged_to_return()
    {
        var data = await Ask("""{ events(filter: {types: [HANDOVER, CEASEFIRE, AGREEMENT]}, first: 200) { nodes { type time { start } roles { role entity { name } relation { sources { sourcePath } } } } } }""");
        var returned = new Dictionary<string, JsonElement>();
        foreach (var ev in Items(data.GetProperty("events").GetProperty("nodes")))
        {
            var byArmenia = RoleNames(ev, "RELEASING_SIDE").Contains("Armenia") || ev.GetProperty("type").GetString() != "HANDOVER";
            if (!byArmenia) continue;
            foreach (var r in Items(ev.GetProperty("roles")).Where(r => r.GetProperty("role").GetString() is "SUBJECT" or "LOCATION"))
                returned.TryAdd(Name(r.GetProperty("entity")), r.GetProperty("relation"));
        }
        foreach (var district in new[] { "Agdam", "Kalbajar", "Lachin" })
        {
            Assert.True(returned.ContainsKey(district), $"{district} is not among the places handed over: {string.Join(", ", returned.Keys)}");
            AssertCites(returned[district], S002);
        }
    }

    [Fact]
    public async Task Q08_offices_of_nikol_pashinyan()
    {
        var data = await Ask("""{ entitiesByName(name: "Nikol Pashinyan", kinds: [PERSON]) { ... on Person { offices { title of { name } relation { sources { sourcePath } } } } } }""");
        var offices = Items(data.GetProperty("entitiesByName")[0].GetProperty("offices")).ToArray();
        Assert.All(offices, o => Assert.Equal("Armenia", Name(o.GetProperty("of"))));
        Assert.Contains(offices, o => o.GetProperty("title").GetString() == "Prime Minister");
        Assert.Contains(offices, o => o.GetProperty("title").GetString()!.Contains("acting", StringComparison.OrdinalIgnoreCase));
        AssertCites(data, S000, S001, S003, S004);
    }

    [Fact]
    public async Task Q09_detainee_counts_each_side_claims()
    {
        var armenia = await IdOf("Armenia", "STATE");
        var azerbaijan = await IdOf("Azerbaijan", "STATE");
        var data = await Ask($$"""{ events(filter: {involving: ["{{armenia}}", "{{azerbaijan}}"]}, first: 200) { nodes { sources { sourcePath } quantities { value approximate claimedBy { name } } roles(roles: [SPEAKER]) { entity { name } } } } }""");
        (string? Claimant, double Value, bool Approximate, JsonElement Event) Claim(JsonElement ev, JsonElement q) =>
            (q.GetProperty("claimedBy").ValueKind == JsonValueKind.Object ? Name(q.GetProperty("claimedBy"))
                : ev.GetProperty("roles").GetArrayLength() == 1 ? Name(ev.GetProperty("roles")[0].GetProperty("entity")) : null,
             q.GetProperty("value").GetDouble(), q.GetProperty("approximate").GetBoolean(), ev);
        var claims = Items(data.GetProperty("events").GetProperty("nodes")).SelectMany(ev => Items(ev.GetProperty("quantities")).Select(q => Claim(ev, q))).ToArray();
        var armenian = Assert.Single(claims, c => c.Claimant == "Armenia" && c.Value == 200 && c.Approximate);
        var azerbaijani = Assert.Single(claims, c => c.Claimant == "Azerbaijan" && c.Value == 60 && c.Approximate);
        AssertCites(armenian.Event.GetProperty("sources"), S001);
        AssertCites(azerbaijani.Event.GetProperty("sources"), S001);
    }

    [Fact]
    public async Task Q10_where_the_15_detainees_were_handed_over()
    {
        var ev = await JuneExchange();
        var locations = Items(ev.GetProperty("roles")).Where(r => r.GetProperty("role").GetString() == "LOCATION").ToArray();
        var border = Assert.Single(locations, r =>
        {
            var e = r.GetProperty("entity");
            return Items(e.GetProperty("aliases")).Select(a => a.GetString()!).Append(Name(e))
                .Any(n => n.Contains("Azerbaijani", StringComparison.OrdinalIgnoreCase) && n.Contains("Georgian", StringComparison.OrdinalIgnoreCase) && n.Contains("border", StringComparison.OrdinalIgnoreCase));
        });
        AssertCites(border.GetProperty("relation"), S001);
    }

    [Fact]
    public async Task Q11_exchanges_with_dates_sides_and_mediators()
    {
        var data = await Ask($$"""{ events(filter: {types: {{Exchanges}}}, first: 200) { nodes { {{EventFields}} } } }""");
        var all = Items(data.GetProperty("events").GetProperty("nodes")).ToArray();
        static bool On(JsonElement e, string from, string to) => e.GetProperty("time").ValueKind == JsonValueKind.Object
            && string.CompareOrdinal(e.GetProperty("time").GetProperty("start").GetString(), to) <= 0
            && string.CompareOrdinal(e.GetProperty("time").GetProperty("end").GetString(), from) >= 0;
        var early = all.Where(e => On(e, "2020-12-01", "2020-12-10") && !On(e, "2020-12-28", "2020-12-28")).ToArray();
        Assert.NotEmpty(early);
        AssertCites(early[0].GetProperty("sources"), S003);
        var december28 = Assert.Single(all, e => On(e, "2020-12-28", "2020-12-28") && RoleNames(e, "MEDIATOR").Contains("International Committee of the Red Cross"));
        AssertCites(december28.GetProperty("sources"), S000);
        var january = Assert.Single(all, e => On(e, "2021-01-18", "2021-01-18") && RoleNames(e, "RELEASING_SIDE").Contains("Armenia") && RoleNames(e, "RECEIVING_SIDE").Contains("Azerbaijan"));
        AssertCites(january.GetProperty("sources"), S000);
        var june = await JuneExchange();
        Assert.Equal("2021-06-12", june.GetProperty("time").GetProperty("start").GetString());
        Assert.Contains("Azerbaijan", RoleNames(june, "RELEASING_SIDE"));
        Assert.Contains("Armenia", RoleNames(june, "RECEIVING_SIDE"));
        AssertCites(june.GetProperty("sources"), S001, S004);
    }

    [Fact]
    public async Task Q12_how_the_icrc_is_connected_to_russia()
    {
        var icrc = await IdOf("International Committee of the Red Cross", "ORGANIZATION");
        var russia = await IdOf("Russia", "STATE");
        var data = await Ask($$"""{ paths(from: "{{icrc}}", to: "{{russia}}", maxHops: 4) { length start { __typename } steps { relation { type evidence { sentence document { sourcePath } } } node { __typename ... on State { name } } } } }""");
        var path = data.GetProperty("paths")[0];
        var steps = Items(path.GetProperty("steps")).ToArray();
        Assert.Equal(path.GetProperty("length").GetInt32(), steps.Length);
        Assert.Equal("Russia", Name(steps[^1].GetProperty("node")));
        Assert.Contains(steps, s => s.GetProperty("node").GetProperty("__typename").GetString() == "Event");
        Assert.All(steps, s => Assert.True(s.GetProperty("relation").GetProperty("evidence").GetArrayLength() > 0));
        Assert.All(steps, s => Assert.NotEmpty(Sources(s)));
    }

    [Fact]
    public async Task Q13_armenia_asked_the_russian_led_csto_to_mediate()
    {
        var armenia = await IdOf("Armenia", "STATE");
        var data = await Ask($$"""{ events(filter: {types: [REQUEST], involving: ["{{armenia}}"], role: SPEAKER}) { nodes { sources { sourcePath } roles { role entity { name } } } } csto: entitiesByName(name: "CSTO", kinds: [ORGANIZATION]) { name relations(types: [LEADS], direction: INCOMING) { from { ... on State { name } } sources { sourcePath } } } }""");
        var request = Assert.Single(Items(data.GetProperty("events").GetProperty("nodes")), e => Items(e.GetProperty("roles")).Any(r => Name(r.GetProperty("entity")) == "Collective Security Treaty Organization"));
        AssertCites(request.GetProperty("sources"), S001);
        var csto = data.GetProperty("csto")[0];
        Assert.Contains(Items(csto.GetProperty("relations")), r => Name(r.GetProperty("from")) == "Russia");
        AssertCites(csto.GetProperty("relations"), S001);
    }
}
