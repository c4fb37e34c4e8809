using Graph.Ingestion.Evaluation;
using Graph.Ingestion.Tests.Evaluation;
using Graph.Model;
using static Graph.Ingestion.Tests.Acceptance.SeedFiles;

namespace Graph.Ingestion.Tests.Acceptance;

/// <summary>
/// The analyst questions of shared/acceptance/questions.md, one test each, asked of the graph built by ingesting
/// seeds/ — through <see cref="IGraphStore"/> only: entities found by name, events by filters, then their relations
/// and evidence. Each test checks the answer and that the evidence names the seed files the question cites.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class AcceptanceQuestionTests(SeedGraphFixture graph)
{
    private readonly GraphAsker _ask = new(graph.Store);

    private static readonly DateOnly June1 = new(2021, 6, 1);
    private static readonly DateOnly June30 = new(2021, 6, 30);

    private Task<Entity> State(params string[] names) => _ask.EntityAsync(NodeKind.State, names);
    private Task<Entity> Person(params string[] names) => _ask.EntityAsync(NodeKind.Person, names);
    private Task<Entity> Organization(params string[] names) => _ask.EntityAsync(NodeKind.Organization, names);
    private Task<Entity> Place(params string[] names) => _ask.EntityAsync(NodeKind.Place, names);

    /// <summary>The June 2021 release of Armenian detainees by Azerbaijan (the one with the most evidence).</summary>
    private async Task<Event> JuneExchangeAsync()
    {
        var azerbaijan = await State("Azerbaijan");
        var events = await _ask.EventsAsync(new EventQuery(
            Types: EventTypes.Exchanges, Involving: [azerbaijan.Id], Roles: [RelationType.ReleasingSide], From: June1, To: June30));
        Assert.True(events.Count > 0, "no exchange or release by Azerbaijan in June 2021");
        return events.OrderByDescending(e => e.EvidenceCount).First();
    }

    private async Task AssertSameEntities(IEnumerable<Entity> expected, IReadOnlySet<string> actual, string what)
    {
        var expectedIds = expected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(expectedIds.SetEquals(actual),
            $"{what}: expected [{await _ask.NamesAsync(expectedIds)}] but the graph says [{await _ask.NamesAsync(actual)}]");
    }

    private async Task AssertCites(IEnumerable<string> factIds, params string[] seeds)
    {
        var sources = await _ask.SourcesAsync(factIds);
        Assert.True(sources.IsSupersetOf(seeds), $"evidence cites [{string.Join(", ", sources)}], expected at least [{string.Join(", ", seeds)}]");
    }

    [Fact]
    public async Task Q01_mediators_of_the_june_2021_exchange_of_detainees_for_minefield_maps()
    {
        var exchange = await JuneExchangeAsync();
        var mediators = await _ask.RolesAsync(exchange.Id, RelationType.Mediator);
        await AssertSameEntities(
            [
                await State("Georgia"), await Person("Irakli Garibashvili"),
                await State("United States", "U.S.", "US"), await Person("Antony Blinken"), await Person("Philip Reeker"),
                await Organization("OSCE", "Organization for Security and Cooperation in Europe"),
                await Organization("European Union", "EU"),
            ],
            mediators.Select(r => r.To).ToHashSet(StringComparer.Ordinal),
            "mediators");
        await AssertCites(mediators.Select(r => r.Id), S001);
        await AssertCites([exchange.Id], S001, S004);
    }

    [Fact]
    public async Task Q02_mediator_and_announcer_of_the_return_of_four_captives_on_december_28_2020()
    {
        var day = new DateOnly(2020, 12, 28);
        var armenia = await State("Armenia");
        var events = await _ask.EventsAsync(new EventQuery(Types: EventTypes.Exchanges, Involving: [armenia.Id], From: day, To: day));
        var ret = events.Where(e => e.Time is not null).OrderBy(e => e.Time!.End.DayNumber - e.Time.Start.DayNumber).FirstOrDefault();
        Assert.True(ret is not null, "no return of captives on December 28, 2020");
        Assert.Contains(ret.Quantities, q => q.Value == 4);

        var mediators = await _ask.RolesAsync(ret.Id, RelationType.Mediator);
        await AssertSameEntities([await Organization("International Committee of the Red Cross", "ICRC")],
            mediators.Select(r => r.To).ToHashSet(StringComparer.Ordinal), "mediators");
        var announcers = await _ask.RolesAsync(ret.Id, RelationType.Announcer);
        var avinyan = await Person("Tigran Avinyan");
        await AssertSameEntities([avinyan], announcers.Select(r => r.To).ToHashSet(StringComparer.Ordinal), "announcers");

        var offices = await _ask.RelationsAsync(avinyan.Id, Direction.Outgoing, RelationType.HoldsOffice);
        var deputy = offices.Where(o => o.To == armenia.Id
            && OfficeTitles.Split(o.Role ?? "", new HashSet<string> { "armenia" }).Title == "deputy prime minister").ToArray();
        Assert.True(deputy.Length > 0, "Avinyan is not Armenia's Deputy Prime Minister in the graph");
        await AssertCites(mediators.Concat(announcers).Concat(deputy).Select(r => r.Id).Append(ret.Id), S000);
    }

    [Fact]
    public async Task Q03_signatories_broker_and_guarantor_of_the_november_10_2020_ceasefire()
    {
        var day = new DateOnly(2020, 11, 10);
        var events = await _ask.EventsAsync(new EventQuery(Types: [EventType.Ceasefire, EventType.Agreement], From: day, To: day));
        Event? ceasefire = null;
        IReadOnlyList<Relation> signatories = [];
        foreach (var e in events.OrderByDescending(e => e.EvidenceCount))
        {
            signatories = await _ask.RolesAsync(e.Id, RelationType.Signatory);
            if (signatories.Count > 0) { ceasefire = e; break; }
        }
        Assert.True(ceasefire is not null, "no signed ceasefire or agreement on November 10, 2020");

        var (armenia, azerbaijan, russia) = (await State("Armenia"), await State("Azerbaijan"), await State("Russia"));
        await AssertSameEntities([armenia, azerbaijan, russia], signatories.Select(r => r.To).ToHashSet(StringComparer.Ordinal), "signatories");
        var brokers = await _ask.RolesAsync(ceasefire.Id, RelationType.Broker);
        var guarantors = await _ask.RolesAsync(ceasefire.Id, RelationType.Guarantor);
        Assert.Contains(brokers, r => r.To == russia.Id);
        Assert.Contains(guarantors, r => r.To == russia.Id);
        await AssertCites(signatories.Select(r => r.Id), S002);
        await AssertCites(signatories.Concat(brokers).Concat(guarantors).Select(r => r.Id).Append(ceasefire.Id), S002, S000, S003);
    }

    [Fact]
    public async Task Q04_co_chairs_of_the_osce_minsk_group_and_when_it_was_established()
    {
        var minsk = await Organization("OSCE Minsk Group", "Minsk Group");
        var cochairs = await _ask.RelationsAsync(minsk.Id, Direction.Incoming, RelationType.CoChairs);
        await AssertSameEntities(
            [await State("United States", "U.S.", "US"), await State("France"), await State("Russia")],
            cochairs.Where(r => r.To == minsk.Id).Select(r => r.From).ToHashSet(StringComparer.Ordinal),
            "co-chairs");
        await AssertCites(cochairs.Select(r => r.Id), S003);

        var foundings = await _ask.EventsAsync(new EventQuery(Types: [EventType.Founding], Involving: [minsk.Id]));
        var established = foundings.Where(e => e.Time is { } t && t.Start.Year == 1994 && t.End.Year == 1994).ToArray();
        Assert.True(established.Length > 0, "the Minsk Group's founding in 1994 is not in the graph");
        await AssertCites(established.Select(e => e.Id), S000);
    }

    [Fact]
    public async Task Q05_what_armenia_handed_over_in_june_2021_and_where_those_mines_are()
    {
        var exchange = await JuneExchangeAsync();
        Assert.Contains(exchange.Quantities, q => q.Value == 97000 && NameKey.Normalize(q.Counted).Contains("mine", StringComparison.Ordinal));
        var agdam = await Place("Agdam");
        var roles = await _ask.RolesAsync(exchange.Id);
        var toAgdam = roles.Where(r => r.To == agdam.Id).ToArray();
        Assert.True(toAgdam.Length > 0, "the June 2021 exchange is not linked to Agdam");
        await AssertCites(toAgdam.Select(r => r.Id), S001);
        await AssertCites([exchange.Id], S001, S004);
    }

    [Fact]
    public async Task Q06_who_took_part_in_and_hosted_the_january_11_2021_meeting_in_moscow()
    {
        var day = new DateOnly(2021, 1, 11);
        var meetings = await _ask.EventsAsync(new EventQuery(Types: [EventType.Meeting], From: day, To: day));
        Event? meeting = null;
        IReadOnlyList<Relation> hosts = [];
        foreach (var m in meetings.OrderByDescending(e => e.EvidenceCount))
        {
            hosts = await _ask.RolesAsync(m.Id, RelationType.Host);
            if (hosts.Count > 0) { meeting = m; break; }
        }
        Assert.True(meeting is not null, "no hosted meeting on January 11, 2021");
        var (putin, aliyev, pashinyan) = (await Person("Vladimir Putin"), await Person("Ilham Aliyev"), await Person("Nikol Pashinyan"));
        await AssertSameEntities([putin], hosts.Select(r => r.To).ToHashSet(StringComparer.Ordinal), "host");

        var takingPart = await _ask.RolesAsync(meeting.Id, RelationType.Host, RelationType.Attendee, RelationType.Participant);
        var nodes = await graph.Store.GetNodesAsync(takingPart.Select(r => r.To).ToArray());
        var people = nodes.Values.Where(n => n.Kind == NodeKind.Person).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        await AssertSameEntities([putin, aliyev, pashinyan], people, "people taking part");
        await AssertCites(takingPart.Select(r => r.Id).Append(meeting.Id), S003, S000);
    }

    [Fact]
    public async Task Q07_districts_armenia_pledged_to_return_under_the_november_agreement()
    {
        var armenia = await State("Armenia");
        var handovers = await _ask.EventsAsync(new EventQuery(Types: [EventType.Handover], Involving: [armenia.Id], Roles: [RelationType.ReleasingSide]));
        var november = await _ask.EventsAsync(new EventQuery(
            Types: [EventType.Ceasefire, EventType.Agreement], From: new DateOnly(2020, 11, 1), To: new DateOnly(2020, 11, 30)));
        var candidates = handovers.Where(e => e.Time is null || e.Time.Start < new DateOnly(2021, 1, 1)).Concat(november).DistinctBy(e => e.Id);

        var districts = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var e in candidates)
        {
            foreach (var r in await _ask.RolesAsync(e.Id, RelationType.Subject, RelationType.Location))
                districts.TryAdd(r.To, r);
        }
        var expected = new[] { await Place("Agdam"), await Place("Kalbajar"), await Place("Lachin") };
        var missing = expected.Where(d => !districts.ContainsKey(d.Id)).Select(d => d.Name).ToArray();
        Assert.True(missing.Length == 0, "not linked to the November agreement's handover: " + string.Join(", ", missing));
        await AssertCites(expected.Select(d => districts[d.Id].Id), S002);
    }

    [Fact]
    public async Task Q08_offices_of_nikol_pashinyan()
    {
        var pashinyan = await Person("Nikol Pashinyan");
        var armenia = await State("Armenia");
        var offices = await _ask.RelationsAsync(pashinyan.Id, Direction.Outgoing, RelationType.HoldsOffice);
        var armenian = offices.Where(o => o.To == armenia.Id).ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal) { "armenia" };
        var titles = armenian.Select(o => (Office: o, Split: OfficeTitles.Split(o.Role ?? "", names))).ToArray();

        Assert.All(offices, o => Assert.Equal(armenia.Id, o.To));
        Assert.All(titles, t => Assert.Contains(t.Split.Title, new[] { "prime minister", "head of government" }));
        Assert.Contains(titles, t => t.Split is ("prime minister", false));
        var acting = titles.Where(t => t.Split is ("prime minister", true)).Select(t => t.Office).ToArray();
        Assert.True(acting.Length > 0, "Pashinyan is never acting Prime Minister in the graph");
        Assert.All(acting, a => Assert.True(a.Time is null || a.Time.Overlaps(new TimeRange(June1, June30, DatePrecision.Month)),
            $"acting Prime Minister at {a.Time}, expected June 2021"));
        await AssertCites(acting.Select(a => a.Id), S001);
        await AssertCites(armenian.Select(o => o.Id), S000, S001, S003, S004);
    }

    [Fact]
    public async Task Q09_how_many_armenian_detainees_each_side_says_azerbaijan_holds()
    {
        var (armenia, azerbaijan) = (await State("Armenia"), await State("Azerbaijan"));
        var events = await _ask.EventsAsync(new EventQuery(Involving: [armenia.Id, azerbaijan.Id]));
        var claims = new List<(string? Claimant, Quantity Quantity, string EventId)>();
        foreach (var e in events.Where(e => e.Quantities.Count > 0))
        {
            var speakers = await _ask.TargetsAsync(e.Id, RelationType.Speaker);
            foreach (var q in e.Quantities)
                claims.Add((q.ClaimedBy ?? (speakers.Count == 1 ? speakers.Single() : null), q, e.Id));
        }
        var armenian = claims.Where(c => c.Claimant == armenia.Id && c.Quantity.Value == 200 && c.Quantity.Approximate).ToArray();
        var azerbaijani = claims.Where(c => c.Claimant == azerbaijan.Id && c.Quantity.Value == 60 && c.Quantity.Approximate).ToArray();
        Assert.True(armenian.Length > 0, "Armenia's claim of about 200 detainees is not in the graph");
        Assert.True(azerbaijani.Length > 0, "Azerbaijan's claim of about 60 detainees is not in the graph");
        await AssertCites(armenian.Concat(azerbaijani).Select(c => c.EventId), S001);
    }

    [Fact]
    public async Task Q10_where_the_15_detainees_were_handed_over()
    {
        var exchange = await JuneExchangeAsync();
        Assert.Contains(exchange.Quantities, q => q.Value == 15);
        var locations = await _ask.RolesAsync(exchange.Id, RelationType.Location);
        var nodes = await graph.Store.GetNodesAsync(locations.Select(r => r.To).ToArray());
        var border = locations.Where(r => nodes.TryGetValue(r.To, out var n) && n is Entity e
            && e.Aliases.Prepend(e.Name).Select(NameKey.Normalize).Any(k => k.Contains("azerbaijani", StringComparison.Ordinal)
                && k.Contains("georgian", StringComparison.Ordinal) && k.Contains("border", StringComparison.Ordinal))).ToArray();
        Assert.True(border.Length > 0, $"the exchange's location is [{await _ask.NamesAsync(locations.Select(r => r.To))}], not the Azerbaijani-Georgian border");
        await AssertCites(border.Select(r => r.Id), S001);
    }

    [Fact]
    public async Task Q11_exchanges_of_prisoners_with_their_dates_sides_and_mediators()
    {
        var (armenia, azerbaijan) = (await State("Armenia"), await State("Azerbaijan"));
        var icrc = await Organization("International Committee of the Red Cross", "ICRC");
        var exchanges = await _ask.EventsAsync(new EventQuery(Types: EventTypes.Exchanges));
        var roles = new Dictionary<string, IReadOnlyList<Relation>>(StringComparer.Ordinal);
        foreach (var e in exchanges) roles[e.Id] = await _ask.RolesAsync(e.Id);
        bool Has(Event e, RelationType type, string id) => roles[e.Id].Any(r => r.Type == type && r.To == id);
        bool Involves(Event e, string id) => roles[e.Id].Any(r => r.To == id);
        bool During(Event e, DateOnly from, DateOnly to) => e.Time is { } t && t.Overlaps(new TimeRange(from, to, DatePrecision.Day));

        var firstExchange = exchanges.Where(e => During(e, new(2020, 12, 1), new(2020, 12, 10)) && !During(e, new(2020, 12, 28), new(2020, 12, 28))
            && Involves(e, armenia.Id) && Involves(e, azerbaijan.Id)).ToArray();
        Assert.True(firstExchange.Length > 0, "the first exchange of early December 2020 is missing");
        await AssertCites(firstExchange.Select(e => e.Id), S003);

        var december28 = exchanges.Where(e => During(e, new(2020, 12, 28), new(2020, 12, 28)) && Has(e, RelationType.Mediator, icrc.Id)).ToArray();
        Assert.True(december28.Length > 0, "the December 28, 2020 return through the ICRC is missing");
        await AssertCites(december28.Select(e => e.Id), S000);

        var allAzerbaijani = exchanges.Where(e => During(e, new(2021, 1, 18), new(2021, 1, 18))
            && Has(e, RelationType.ReleasingSide, armenia.Id) && Has(e, RelationType.ReceivingSide, azerbaijan.Id)).ToArray();
        Assert.True(allAzerbaijani.Length > 0, "Armenia's return of all Azerbaijani prisoners as of January 18, 2021 is missing");
        await AssertCites(allAzerbaijani.Select(e => e.Id), S000);

        // June 12, 2021: one event, reported by two documents.
        var june = exchanges.Where(e => Has(e, RelationType.ReleasingSide, azerbaijan.Id) && Has(e, RelationType.ReceivingSide, armenia.Id)
            && e.Quantities.Any(q => q.Value == 15)).ToArray();
        var single = Assert.Single(june);
        Assert.True(During(single, new(2021, 6, 12), new(2021, 6, 12)), $"the June exchange is dated {single.Time}");
        Assert.Contains(roles[single.Id], r => r.Type == RelationType.Mediator);
        await AssertCites([single.Id], S001, S004);
    }

    [Fact]
    public async Task Q12_how_the_icrc_is_connected_to_russia()
    {
        var icrc = await Organization("International Committee of the Red Cross", "ICRC");
        var russia = await State("Russia", "Russian Federation");
        var paths = await graph.Store.FindShortestPathsAsync(icrc.Id, russia.Id, maxHops: 4);
        var path = Assert.Single(paths.Take(1));
        Assert.Equal(icrc.Id, path.NodeIds[0]);
        Assert.Equal(russia.Id, path.NodeIds[^1]);
        Assert.Equal(path.NodeIds.Count - 1, path.Steps.Count);
        Assert.Contains(path.NodeIds, id => FactIds.TryGetKind(id, out var kind) && kind == NodeKind.Event);
        var evidence = await graph.Store.GetEvidenceAsync(path.Steps.Select(s => s.Id).ToArray());
        foreach (var step in path.Steps)
        {
            Assert.True(evidence.TryGetValue(step.Id, out var cited) && cited.Count > 0, $"step {step.Type} {step.From} → {step.To} has no evidence");
            var seeds = await _ask.SourcesAsync([step.Id]);
            Assert.True(seeds.Overlaps([S000, S001, S002, S003, S004]), $"step {step.Type} cites no seed: {string.Join(", ", seeds)}");
        }
    }

    [Fact]
    public async Task Q13_the_organization_armenia_asked_to_mediate_a_border_dispute_and_who_leads_it()
    {
        var armenia = await State("Armenia");
        var csto = await Organization("CSTO", "Collective Security Treaty Organization");
        var requests = await _ask.EventsAsync(new EventQuery(Types: [EventType.Request], Involving: [armenia.Id], Roles: [RelationType.Speaker]));
        var toCsto = new List<Event>();
        foreach (var e in requests)
        {
            if ((await _ask.RolesAsync(e.Id)).Any(r => r.To == csto.Id)) toCsto.Add(e);
        }
        Assert.True(toCsto.Count > 0, "no request by Armenia addressed to the CSTO");
        var leaders = await _ask.RelationsAsync(csto.Id, Direction.Incoming, RelationType.Leads);
        var russia = await State("Russia");
        Assert.Contains(leaders, r => r.From == russia.Id && r.To == csto.Id);
        await AssertCites(toCsto.Select(e => e.Id).Concat(leaders.Select(r => r.Id)), S001);
    }
}
