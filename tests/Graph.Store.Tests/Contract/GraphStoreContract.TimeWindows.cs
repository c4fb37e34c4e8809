using Graph.Model;

namespace Graph.Store.Tests.Contract;

/// <summary>
/// Time windows over events of every length: a store may find the events of a window by index ranges (the SQLite
/// store treats events of up to 2 days, up to 40, up to 400 and longer ones apart), and must still return exactly the
/// events whose time overlaps the window, whatever their length and however long before the window they start.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static readonly DateOnly WindowDay = new(2021, 6, 1);

    /// <summary>Events lasting 1 to 3,000 days that start from 3,000 days before <see cref="WindowDay"/> to 60 days after it.</summary>
    private static List<(string Id, TimeRange Time, EventType Type)> SpreadEvents()
    {
        int[] lengths = [1, 2, 3, 4, 10, 40, 41, 42, 100, 399, 400, 401, 402, 1000, 3000];
        int[] startsBefore = [-60, -3, 0, 1, 2, 3, 4, 9, 39, 40, 41, 42, 99, 100, 398, 399, 400, 401, 402, 999, 1000, 2999, 3000];
        var events = new List<(string, TimeRange, EventType)>();
        foreach (var length in lengths)
        {
            foreach (var before in startsBefore)
            {
                var start = WindowDay.AddDays(-before);
                var type = (length + before) % 2 == 0 ? EventType.Meeting : EventType.ArmedConflict;
                events.Add(($"event:len{length}-before{before + 100}", new TimeRange(start, start.AddDays(length - 1), DatePrecision.Day), type));
            }
        }
        return events;
    }

    [SkippableFact]
    public async Task FindEvents_window_holds_exactly_the_overlapping_events_of_any_length()
    {
        var events = SpreadEvents();
        var doc = new DocumentBuilder("spread", "Meetings and wars of many lengths happened around June 2021 near Shusha.")
            .Entity("place:shusha", "Shusha");
        foreach (var (id, time, type) in events)
        {
            doc.Event(id, type, id, time, cue: "Meetings");
            if (id.Length % 3 == 0) doc.Relation(RelationType.Location, id, "place:shusha");
        }
        var store = await StoreWithAsync(doc);

        (DateOnly From, DateOnly To)[] windows =
        [
            (WindowDay, WindowDay),
            (WindowDay, WindowDay.AddDays(6)),
            (WindowDay.AddDays(-30), WindowDay.AddDays(30)),
            (WindowDay.AddDays(-400), WindowDay.AddDays(-380)),
            (WindowDay.AddDays(-2000), WindowDay.AddDays(-1999)),
            (WindowDay.AddDays(100), WindowDay.AddDays(5000)),
        ];
        foreach (var (from, to) in windows)
        {
            bool Overlaps(TimeRange t) => t.Start <= to && t.End >= from;
            var expected = events.Where(e => Overlaps(e.Time)).OrderBy(e => e.Time.Start).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToList();
            var page = await store.FindEventsAsync(new EventQuery(From: from, To: to, First: 500));
            Assert.Equal(expected, page.Items.Select(e => e.Id).ToList());
            Assert.Equal(expected.Count, page.TotalCount);

            var meetings = events.Where(e => e.Type == EventType.Meeting && Overlaps(e.Time)).Select(e => e.Id).Order(StringComparer.Ordinal);
            Assert.Equal(meetings, (await EventIdsAsync(store, new EventQuery(Types: [EventType.Meeting], From: from, To: to, First: 500))).Order(StringComparer.Ordinal));

            var located = events.Where(e => e.Id.Length % 3 == 0 && Overlaps(e.Time)).Select(e => e.Id).Order(StringComparer.Ordinal);
            Assert.Equal(located, (await EventIdsAsync(store, new EventQuery(Involving: ["place:shusha"], From: from, To: to, First: 500))).Order(StringComparer.Ordinal));
            Assert.Equal(located, (await EventIdsAsync(store, new EventQuery(Place: "place:shusha", From: from, To: to, First: 500))).Order(StringComparer.Ordinal));
        }
    }
}
