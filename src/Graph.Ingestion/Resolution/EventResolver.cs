using Graph.Model;

namespace Graph.Ingestion.Resolution;

/// <summary>
/// Decides which extracted events are events the graph already holds. A candidate is an event of the same type
/// family whose time overlaps; it scores one point per shared participant (places aside) and three per shared
/// quantity (the same number of people or things). A dated event joins the best candidate scoring at least one point.
/// Participants count through their offices too: a report naming Putin, Aliyev and Pashinyan shares participants
/// with one naming Russia, Azerbaijan and Armenia.
/// An undated event ("a week before the elections") joins a candidate of any time only on strong, unambiguous evidence:
/// a score of at least four, clearly ahead of the runner-up. A joined event keeps its id and gains this document as a
/// further source; any other event gets a new id.
/// </summary>
public static class EventResolver
{
    public static async Task<Dictionary<string, string>> ResolveAsync(
        IGraphStore store, string documentId, IReadOnlyList<ExtractedEvent> events, IReadOnlyList<ExtractedRelation> relations,
        IReadOnlyDictionary<string, string> entityIds, CancellationToken ct)
    {
        // The offices this document states: person id -> ids of the states and organizations they hold office in.
        var offices = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            if (r.Type != RelationType.HoldsOffice || !entityIds.TryGetValue(r.FromKey, out var person) || !entityIds.TryGetValue(r.ToKey, out var of)) continue;
            if (!offices.TryGetValue(person, out var set)) offices[person] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(of);
        }
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ev in events)
        {
            var match = await FindMatchAsync(store, ev, entityIds, offices, claimed, ct);
            if (match is not null)
            {
                map[ev.Key] = match;
                claimed.Add(match);
                continue;
            }
            map[ev.Key] = await NewIdAsync(store, documentId, ev, map.Values, ct);
        }
        return map;
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

    private static async Task<string?> FindMatchAsync(IGraphStore store, ExtractedEvent ev, IReadOnlyDictionary<string, string> entityIds,
        Dictionary<string, HashSet<string>> offices, HashSet<string> claimed, CancellationToken ct)
    {
        var dated = ev.Time is not null;
        var query = dated
            ? new EventQuery(Types: EventFamilies.Of(ev.Type), From: ev.Time!.Start, To: ev.Time.End, First: 50)
            : new EventQuery(Types: EventFamilies.Of(ev.Type), First: 200);
        var page = await store.FindEventsAsync(query, ct);
        var candidates = page.Items.Where(c => !claimed.Contains(c.Id)).ToArray();
        if (candidates.Length == 0) return null;
        var mine = Participants(ev, entityIds, offices);
        var counts = ev.Quantities.Select(q => q.Value).ToHashSet();
        if (mine.Count == 0 && counts.Count == 0) return null;
        var relations = await store.GetRelationsAsync(new RelationQuery(candidates.Select(c => c.Id).ToArray(), RelationTypes.EventRoles, Direction.Outgoing), ct);
        var people = relations.Values.SelectMany(list => list).Select(r => r.To)
            .Where(id => id.StartsWith("person:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        var theirOffices = people.Length == 0
            ? new Dictionary<string, IReadOnlyList<Relation>>()
            : await store.GetRelationsAsync(new RelationQuery(people, [RelationType.HoldsOffice], Direction.Outgoing), ct);

        HashSet<string> TheirParticipants(string eventId)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in relations.GetValueOrDefault(eventId) ?? [])
            {
                if (r.Type == RelationType.Location) continue;
                set.Add(r.To);
                foreach (var office in theirOffices.GetValueOrDefault(r.To) ?? []) set.Add(office.To);
            }
            return set;
        }

        var scored = candidates
            .Select(c => (c.Id, Score:
                TheirParticipants(c.Id).Count(mine.Contains)
                + 3 * c.Quantities.Select(q => q.Value).Distinct().Count(counts.Contains)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        var best = scored[0];
        if (dated) return best.Score >= 1 ? best.Id : null;
        var runnerUp = scored.Length > 1 ? scored[1].Score : 0;
        return best.Score >= 4 && best.Score >= runnerUp + 2 ? best.Id : null;
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>
    /// A new event's id: its type and day, plus a short hash of the document and the event's key in it, so that ids
    /// of different events almost never meet; one look-up confirms the id is free.
    /// </summary>
    private static async Task<string> NewIdAsync(IGraphStore store, string documentId, ExtractedEvent ev, IEnumerable<string> usedInDocument, CancellationToken ct)
    {
        var day = ev.Time is { } t ? t.Start.ToString("yyyy-MM-dd") : "undated";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(documentId + "|" + ev.Key)))[..8];
        var stem = $"event:{Kebab(ev.Type.ToString())}-{day}-{hash}";
        var used = new HashSet<string>(usedInDocument, StringComparer.Ordinal);
        var candidate = stem;
        for (var n = 2; ; n++)
        {
            if (!used.Contains(candidate) && (await store.GetNodesAsync([candidate], ct)).Count == 0) return candidate;
            candidate = $"{stem}-{n}";
        }
    }
}
