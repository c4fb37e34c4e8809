using Graph.Model;

namespace Graph.Ingestion.Resolution;

/// <summary>
/// The events of the graph that a document's events might be, with the participants of each (their role-holders and
/// the states and organizations those people hold office in). Found with one event search per extracted event, a
/// time window for dated events and shared participants for undated ones (see <see cref="QueryFor"/>), and then three batched reads for the
/// whole document: office holders of the participants, roles of every candidate and offices of the people in them.
/// </summary>
public sealed class EventCandidates
{
    /// <summary>Candidates read per dated event (the events of its time window, earliest first).</summary>
    public const int DatedLimit = 50;

    /// <summary>Candidates read per undated event (the events sharing a participant with it).</summary>
    public const int UndatedLimit = 50;

    /// <summary>Searches of one document run at most this many at a time.</summary>
    public const int ConcurrentSearches = 4;

    private static readonly IReadOnlyList<RelationType> ParticipantRoles = RelationTypes.EventRoles.Where(r => r != RelationType.Location).ToArray();

    private readonly IReadOnlyList<Event>[] _byEvent;
    private readonly Dictionary<string, HashSet<string>> _participants;

    private EventCandidates(IReadOnlyList<Event>[] byEvent, Dictionary<string, HashSet<string>> participants)
    {
        _byEvent = byEvent;
        _participants = participants;
    }

    /// <summary>Candidates of the <paramref name="index"/>-th extracted event, in the store's order.</summary>
    public IReadOnlyList<Event> Of(int index) => _byEvent[index];

    /// <summary>Participants of a candidate, offices included.</summary>
    public IReadOnlySet<string> ParticipantsOf(string eventId) => _participants.GetValueOrDefault(eventId) ?? [];

    public static async Task<EventCandidates> FindAsync(IGraphStore store, IReadOnlyList<ExtractedEvent> events, IReadOnlyList<HashSet<string>> participants, CancellationToken ct)
    {
        var holders = await OfficeHoldersAsync(store, events, participants, ct);
        // The searches are independent reads: a few at a time use the store's concurrent readers, and events of the
        // document that ask the very same question (same family, window or participants) share one search.
        using var gate = new SemaphoreSlim(ConcurrentSearches);
        var searches = new Dictionary<EventQuery, Task<IReadOnlyList<Event>>>(new EventQueryKey());
        var byEvent = await Task.WhenAll(events.Select((ev, i) =>
        {
            if (QueryFor(ev, participants[i], holders) is not { } query) return Task.FromResult<IReadOnlyList<Event>>([]);
            if (!searches.TryGetValue(query, out var search)) searches[query] = search = SearchAsync(store, query, gate, ct);
            return search;
        }));

        var ids = byEvent.SelectMany(list => list).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToArray();
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (ids.Length == 0) return new EventCandidates(byEvent, map);
        var roles = await store.GetRelationsAsync(new RelationQuery(ids, RelationTypes.EventRoles, Direction.Outgoing), ct);
        var people = roles.Values.SelectMany(list => list).Select(r => r.To)
            .Where(id => id.StartsWith("person:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        var offices = people.Length == 0
            ? new Dictionary<string, IReadOnlyList<Relation>>()
            : await store.GetRelationsAsync(new RelationQuery(people, [RelationType.HoldsOffice], Direction.Outgoing), ct);
        foreach (var id in ids)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in roles.GetValueOrDefault(id) ?? [])
            {
                if (r.Type == RelationType.Location) continue;
                set.Add(r.To);
                foreach (var office in offices.GetValueOrDefault(r.To) ?? []) set.Add(office.To);
            }
            map[id] = set;
        }
        return new EventCandidates(byEvent, map);
    }

    /// <summary>
    /// The people who hold office in the states and organizations that undated events involve: an event of the
    /// graph naming only "Pashinyan" shares a participant with one naming "Armenia".
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> OfficeHoldersAsync(
        IGraphStore store, IReadOnlyList<ExtractedEvent> events, IReadOnlyList<HashSet<string>> participants, CancellationToken ct)
    {
        var bodies = events.Select((ev, i) => (ev, i)).Where(x => x.ev.Time is null)
            .SelectMany(x => participants[x.i]).Where(id => !id.StartsWith("person:", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToArray();
        return bodies.Length == 0
            ? new Dictionary<string, IReadOnlyList<Relation>>()
            : await store.GetRelationsAsync(new RelationQuery(bodies, [RelationType.HoldsOffice], Direction.Incoming), ct);
    }

    private static async Task<IReadOnlyList<Event>> SearchAsync(IGraphStore store, EventQuery query, SemaphoreSlim gate, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            return (await store.FindEventsAsync(query, ct)).Items;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The search for one extracted event's candidates, or null when nothing in the graph could match it.</summary>
    private static EventQuery? QueryFor(ExtractedEvent ev, HashSet<string> mine, IReadOnlyDictionary<string, IReadOnlyList<Relation>> holders)
    {
        // An event with neither participants nor quantities can score nothing against any candidate.
        if (mine.Count == 0 && ev.Quantities.Count == 0) return null;
        var family = EventFamilies.Of(ev.Type);
        if (ev.Time is { } time) return new EventQuery(Types: family, From: time.Start, To: time.End, First: DatedLimit);
        if (mine.Count == 0) return null;
        var involving = new HashSet<string>(mine, StringComparer.Ordinal);
        foreach (var id in mine)
        {
            foreach (var office in holders.GetValueOrDefault(id) ?? []) involving.Add(office.From);
        }
        // Without a shared quantity an undated event needs four shared participants to join, so a candidate sharing
        // only one of them (through an office at most one more) cannot win; leaving those out keeps the search to the
        // events that share two, where one shared participant would bring every event of a busy state.
        var atLeast = ev.Quantities.Count == 0 ? 2 : 1;
        return new EventQuery(Types: family, Involving: involving.Order(StringComparer.Ordinal).ToArray(), Roles: ParticipantRoles,
            First: UndatedLimit, InvolvingAtLeast: atLeast);
    }

    /// <summary>Two searches are the same when every filter is: lists compared item by item.</summary>
    private sealed class EventQueryKey : IEqualityComparer<EventQuery>
    {
        public bool Equals(EventQuery? a, EventQuery? b) =>
            a is not null && b is not null
            && Same(a.Types, b.Types) && Same(a.Involving, b.Involving) && Same(a.Roles, b.Roles)
            && a.From == b.From && a.To == b.To && a.First == b.First && a.InvolvingAtLeast == b.InvolvingAtLeast;

        public int GetHashCode(EventQuery q)
        {
            var hash = new HashCode();
            foreach (var t in q.Types ?? []) hash.Add(t);
            foreach (var id in q.Involving ?? []) hash.Add(id, StringComparer.Ordinal);
            hash.Add(q.From);
            hash.Add(q.To);
            hash.Add(q.InvolvingAtLeast);
            return hash.ToHashCode();
        }

        private static bool Same<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
            a is null ? b is null : b is not null && a.SequenceEqual(b);
    }
}
