using Graph.Model;
using static Graph.Store.Tests.Contract.SampleDocuments;

namespace Graph.Store.Tests.Contract;

/// <summary>Event filters, ordering and cursor paging.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly string[] ChronologicalEvents = [MinskFounding, Ceasefire, RemainsReturn, MoscowMeeting, Exchange, UntimedStatement];

    private static async Task<List<string>> EventIdsAsync(IGraphStore store, EventQuery query) =>
        (await store.FindEventsAsync(query)).Items.Select(e => e.Id).ToList();

    [SkippableFact]
    public async Task FindEvents_filters_by_type()
    {
        var store = await StoreWithAsync();
        Assert.Equal([Ceasefire], await EventIdsAsync(store, new EventQuery([EventType.Ceasefire])));
        Assert.Equal([RemainsReturn, Exchange], await EventIdsAsync(store, new EventQuery(EventTypes.Exchanges)));
        Assert.Empty(await EventIdsAsync(store, new EventQuery([EventType.Election])));
    }

    [SkippableFact]
    public async Task FindEvents_filters_by_involved_entity_and_role()
    {
        var store = await StoreWithAsync();
        Assert.Equal([Ceasefire, RemainsReturn, Exchange, UntimedStatement], await EventIdsAsync(store, new EventQuery(Involving: [Armenia])));
        Assert.Equal([RemainsReturn, Exchange], await EventIdsAsync(store, new EventQuery(Involving: [Armenia], Roles: [RelationType.ReceivingSide])));
        Assert.Equal([Ceasefire, MoscowMeeting], await EventIdsAsync(store, new EventQuery(Involving: [Russia, Putin])));
        Assert.Equal([Ceasefire], await EventIdsAsync(store, new EventQuery(Involving: [Russia, Putin], Roles: [RelationType.Signatory])));
        Assert.Empty(await EventIdsAsync(store, new EventQuery(Involving: ["state:atlantis"])));
    }

    [SkippableFact]
    public async Task FindEvents_can_ask_for_events_involving_at_least_some_of_the_given_entities()
    {
        var day = TimeRange.Day(new DateOnly(2021, 2, 2));
        var store = await StoreWithAsync(new DocumentBuilder("shared", "Talks in Tbilisi and Sochi: Armenia, Azerbaijan and Russia met; Georgia hosted.")
            .Entity("state:armenia", "Armenia").Entity("state:azerbaijan", "Azerbaijan").Entity("state:russia", "Russia")
            .Entity("state:georgia", "Georgia").Entity("place:sochi", "Sochi")
            .Event("event:all-three", EventType.Meeting, "Meeting of all three", day, cue: "met")
            .Event("event:two", EventType.Meeting, "Meeting of two", day, cue: "met")
            .Event("event:one", EventType.Meeting, "Meeting of one", cue: "met")
            .Event("event:placed", EventType.Meeting, "Meeting in Sochi", day, cue: "Sochi")
            .Relation(RelationType.Attendee, "event:all-three", "state:armenia")
            .Relation(RelationType.Attendee, "event:all-three", "state:azerbaijan")
            .Relation(RelationType.Host, "event:all-three", "state:russia")
            .Relation(RelationType.Attendee, "event:two", "state:armenia")
            .Relation(RelationType.Host, "event:two", "state:azerbaijan")
            .Relation(RelationType.Mediator, "event:two", "state:georgia")
            .Relation(RelationType.Attendee, "event:one", "state:russia")
            .Relation(RelationType.Attendee, "event:placed", "state:armenia")
            .Relation(RelationType.Location, "event:placed", "place:sochi"));
        string[] sides = ["state:armenia", "state:azerbaijan", "state:russia"];

        Assert.Equal(["event:all-three", "event:placed", "event:two", "event:one"], await EventIdsAsync(store, new EventQuery(Involving: sides)));
        Assert.Equal(["event:all-three", "event:two"], await EventIdsAsync(store, new EventQuery(Involving: sides, InvolvingAtLeast: 2)));
        Assert.Equal(["event:all-three"], await EventIdsAsync(store, new EventQuery(Involving: sides, InvolvingAtLeast: 3)));
        Assert.Empty(await EventIdsAsync(store, new EventQuery(Involving: sides, InvolvingAtLeast: 4)));
        // Only the roles asked for count, and an entity named twice counts once.
        Assert.Equal(["event:two"], await EventIdsAsync(store, new EventQuery(Involving: ["state:armenia", "state:georgia", "state:armenia"], InvolvingAtLeast: 2)));
        Assert.Empty(await EventIdsAsync(store, new EventQuery(Involving: ["state:armenia", "state:georgia"], Roles: [RelationType.Attendee], InvolvingAtLeast: 2)));
        Assert.Equal(["event:placed"], await EventIdsAsync(store, new EventQuery(Involving: ["state:armenia", "place:sochi"], InvolvingAtLeast: 2)));
        var page = await store.FindEventsAsync(new EventQuery(Involving: sides, InvolvingAtLeast: 2, First: 1));
        Assert.Equal((2, true), (page.TotalCount, page.HasNextPage));
    }

    [SkippableFact]
    public async Task FindEvents_filters_by_mediator_and_place()
    {
        var store = await StoreWithAsync();
        Assert.Equal([Exchange], await EventIdsAsync(store, new EventQuery(MediatedBy: [Georgia])));
        Assert.Equal([RemainsReturn, Exchange], await EventIdsAsync(store, new EventQuery(MediatedBy: [Icrc, UnitedStates])));
        Assert.Equal([Ceasefire], await EventIdsAsync(store, new EventQuery(MediatedBy: [Russia])));
        Assert.Equal([Exchange], await EventIdsAsync(store, new EventQuery(Place: Border)));
        Assert.Equal([MoscowMeeting], await EventIdsAsync(store, new EventQuery(Place: Moscow)));
        Assert.Empty(await EventIdsAsync(store, new EventQuery(Place: Moscow, Types: [EventType.Ceasefire])));
    }

    [SkippableFact]
    public async Task FindEvents_keeps_events_whose_time_overlaps_the_window_and_drops_undated_ones()
    {
        var store = await StoreWithAsync();
        Assert.Equal([RemainsReturn, MoscowMeeting],
            await EventIdsAsync(store, new EventQuery(From: new DateOnly(2020, 12, 1), To: new DateOnly(2021, 1, 31))));
        Assert.Equal([MinskFounding], await EventIdsAsync(store, new EventQuery(From: new DateOnly(1994, 6, 1), To: new DateOnly(1994, 6, 30))));
        Assert.Equal([Exchange], await EventIdsAsync(store, new EventQuery(From: new DateOnly(2021, 6, 12))));
        Assert.Empty(await EventIdsAsync(store, new EventQuery(From: new DateOnly(2021, 6, 13))));
        Assert.Equal([MinskFounding], await EventIdsAsync(store, new EventQuery(To: new DateOnly(1994, 1, 1))));
    }

    [SkippableFact]
    public async Task FindEvents_orders_by_time_either_way_with_undated_events_last()
    {
        var store = await StoreWithAsync();
        Assert.Equal(ChronologicalEvents, await EventIdsAsync(store, new EventQuery()));
        Assert.Equal([Exchange, MoscowMeeting, RemainsReturn, Ceasefire, MinskFounding, UntimedStatement],
            await EventIdsAsync(store, new EventQuery(Order: EventOrder.TimeDescending)));
        var page = await store.FindEventsAsync(new EventQuery());
        Assert.Equal((6, false), (page.TotalCount, page.HasNextPage));
    }

    [SkippableFact]
    public async Task FindEvents_breaks_ties_by_id()
    {
        var day = TimeRange.Day(new DateOnly(2021, 3, 3));
        var store = await StoreWithAsync(new DocumentBuilder("ties", "Two meetings and two statements happened on March 3, 2021 in Yerevan.")
            .Event("event:tie-b", EventType.Meeting, "Second meeting", day, cue: "meetings")
            .Event("event:tie-a", EventType.Meeting, "First meeting", day, cue: "meetings")
            .Event("event:tie-d", EventType.Statement, "Undated statement two", cue: "statements")
            .Event("event:tie-c", EventType.Statement, "Undated statement one", cue: "statements"));

        Assert.Equal(["event:tie-a", "event:tie-b", "event:tie-c", "event:tie-d"], await EventIdsAsync(store, new EventQuery()));
        Assert.Equal(["event:tie-a", "event:tie-b", "event:tie-c", "event:tie-d"], await EventIdsAsync(store, new EventQuery(Order: EventOrder.TimeDescending)));
    }

    [SkippableFact]
    public async Task FindEvents_pages_without_duplicates_or_gaps_in_both_orders()
    {
        var store = await StoreWithAsync();
        foreach (var order in new[] { EventOrder.TimeAscending, EventOrder.TimeDescending })
        {
            var full = await EventIdsAsync(store, new EventQuery(Order: order));
            foreach (var size in new[] { 1, 2, 4, 6 })
            {
                var seen = new List<string>();
                string? after = null;
                var pages = 0;
                while (true)
                {
                    var page = await store.FindEventsAsync(new EventQuery(Order: order, First: size, After: after));
                    pages++;
                    Assert.Equal(6, page.TotalCount);
                    Assert.Equal(page.Items.Count, page.Cursors.Count);
                    Assert.InRange(page.Items.Count, 1, size);
                    seen.AddRange(page.Items.Select(e => e.Id));
                    if (!page.HasNextPage) break;
                    after = page.Cursors[^1];
                }
                Assert.Equal(full, seen);
                Assert.Equal((6 + size - 1) / size, pages);
            }
        }
    }

    [SkippableFact]
    public async Task FindEvents_page_after_the_last_item_is_empty()
    {
        var store = await StoreWithAsync();
        var all = await store.FindEventsAsync(new EventQuery());
        var after = await store.FindEventsAsync(new EventQuery(After: all.Cursors[^1]));
        Assert.Empty(after.Items);
        Assert.False(after.HasNextPage);
        Assert.Equal(6, after.TotalCount);
    }
}
