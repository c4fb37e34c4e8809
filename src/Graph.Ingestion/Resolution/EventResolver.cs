using Graph.Model;

namespace Graph.Ingestion.Resolution;

/// <summary>
/// Decides which extracted events are events the graph already holds. A candidate is an event of the same type
/// family; it scores one point per shared participant (places aside) and three per shared quantity (the same number
/// of people or things). Participants count through their offices too: a report naming Putin, Aliyev and Pashinyan
/// shares participants with one naming Russia, Azerbaijan and Armenia.
/// <list type="bullet">
/// <item>A dated event's candidates are the events whose time overlaps its own; it joins the best one scoring at
/// least one point.</item>
/// <item>An undated event ("a week before the elections") can only join on strong, unambiguous evidence: a score of
/// at least four, clearly ahead of the runner-up. Its candidates, of any time, are the events that share
/// participants with it (directly or through an office; see <see cref="EventCandidates"/>).</item>
/// </list>
/// A joined event keeps its id and gains this document as a further source; any other event gets a new id.
/// The store is asked a fixed number of times per document plus one search per event, each reading only the few
/// events that can match (see <see cref="EventCandidates"/>).
/// </summary>
public static class EventResolver
{
    public static async Task<Dictionary<string, string>> ResolveAsync(
        IGraphStore store, string documentId, IReadOnlyList<ExtractedEvent> events, IReadOnlyList<ExtractedRelation> relations,
        IReadOnlyDictionary<string, string> entityIds, CancellationToken ct)
    {
        var offices = OfficesStated(relations, entityIds);
        var mine = events.Select(ev => Participants(ev, entityIds, offices)).ToArray();
        var candidates = await EventCandidates.FindAsync(store, events, mine, ct);

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var fresh = new List<ExtractedEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            var match = BestMatch(ev, mine[i], candidates.Of(i).Where(c => !claimed.Contains(c.Id)), candidates);
            if (match is null)
            {
                fresh.Add(ev);
                continue;
            }
            map[ev.Key] = match;
            claimed.Add(match);
        }
        foreach (var (key, id) in await NewIdsAsync(store, documentId, fresh, map.Values, ct)) map[key] = id;
        return map;
    }

    /// <summary>The offices this document states: person id -> ids of the states and organizations they hold office in.</summary>
    private static Dictionary<string, HashSet<string>> OfficesStated(IReadOnlyList<ExtractedRelation> relations, IReadOnlyDictionary<string, string> entityIds)
    {
        var offices = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            if (r.Type != RelationType.HoldsOffice || !entityIds.TryGetValue(r.FromKey, out var person) || !entityIds.TryGetValue(r.ToKey, out var of)) continue;
            if (!offices.TryGetValue(person, out var set)) offices[person] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(of);
        }
        return offices;
    }

    private static HashSet<string> Participants(ExtractedEvent ev, IReadOnlyDictionary<string, string> entityIds, Dictionary<string, HashSet<string>> offices)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in ev.Roles)
        {
            if (role.Role == RelationType.Location) continue;
            if (!entityIds.TryGetValue(role.EntityKey, out var id)) continue;
            set.Add(id);
            if (offices.TryGetValue(id, out var of)) set.UnionWith(of);
        }
        return set;
    }

    private static string? BestMatch(ExtractedEvent ev, HashSet<string> mine, IEnumerable<Event> open, EventCandidates candidates)
    {
        var counts = ev.Quantities.Select(q => q.Value).ToHashSet();
        if (mine.Count == 0 && counts.Count == 0) return null;
        var scored = open
            .Select(c => (c.Id, Score:
                candidates.ParticipantsOf(c.Id).Count(mine.Contains)
                + 3 * c.Quantities.Select(q => q.Value).Distinct().Count(counts.Contains)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        if (scored.Length == 0) return null;
        var best = scored[0];
        if (ev.Time is not null) return best.Score >= 1 ? best.Id : null;
        var runnerUp = scored.Length > 1 ? scored[1].Score : 0;
        return best.Score >= 4 && best.Score >= runnerUp + 2 ? best.Id : null;
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>
    /// New events' ids: type and day, plus a short hash of the document and the event's key in it, so that ids of
    /// different events almost never meet; one read confirms that all of them are free (a taken one gets a suffix).
    /// </summary>
    private static async Task<Dictionary<string, string>> NewIdsAsync(IGraphStore store, string documentId, List<ExtractedEvent> fresh, IEnumerable<string> matched, CancellationToken ct)
    {
        var used = new HashSet<string>(matched, StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fresh.Count == 0) return ids;
        var stems = fresh.ToDictionary(ev => ev.Key, ev => Stem(documentId, ev), StringComparer.Ordinal);
        var taken = await store.GetNodesAsync(stems.Values.Distinct(StringComparer.Ordinal).ToArray(), ct);
        foreach (var ev in fresh)
        {
            var stem = stems[ev.Key];
            var candidate = stem;
            for (var n = 2; used.Contains(candidate) || taken.ContainsKey(candidate) || (n > 2 && await ExistsAsync(store, candidate, ct)); n++)
                candidate = $"{stem}-{n}";
            used.Add(candidate);
            ids[ev.Key] = candidate;
        }
        return ids;
    }

    private static async Task<bool> ExistsAsync(IGraphStore store, string id, CancellationToken ct) => (await store.GetNodesAsync([id], ct)).Count > 0;

    private static string Stem(string documentId, ExtractedEvent ev)
    {
        var day = ev.Time is { } t ? t.Start.ToString("yyyy-MM-dd") : "undated";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(documentId + "|" + ev.Key)))[..8];
        return $"event:{Kebab(ev.Type.ToString())}-{day}-{hash}";
    }
}
