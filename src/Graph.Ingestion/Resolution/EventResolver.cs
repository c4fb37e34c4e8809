using Graph.Model;

namespace Graph.Ingestion.Resolution;

/// <summary>
/// Decides which extracted events are events the graph already holds: one of the same type family, whose time
/// overlaps, sharing the most participants (at least one, places aside). Such an event keeps its id and gains this
/// document as a further source; any other event gets a new id.
/// </summary>
public static class EventResolver
{
    public static async Task<Dictionary<string, string>> ResolveAsync(
        IGraphStore store, string documentId, IReadOnlyList<ExtractedEvent> events, IReadOnlyDictionary<string, string> entityIds, CancellationToken ct)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ev in events)
        {
            var match = ev.Time is null ? null : await FindMatchAsync(store, ev, entityIds, claimed, ct);
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

    private static HashSet<string> Participants(ExtractedEvent ev, IReadOnlyDictionary<string, string> entityIds)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in ev.Roles)
        {
            if (role.Role == RelationType.Location) continue;
            if (entityIds.TryGetValue(role.EntityKey, out var id)) set.Add(id);
        }
        return set;
    }

    private static async Task<string?> FindMatchAsync(IGraphStore store, ExtractedEvent ev, IReadOnlyDictionary<string, string> entityIds, HashSet<string> claimed, CancellationToken ct)
    {
        var page = await store.FindEventsAsync(new EventQuery(Types: EventFamilies.Of(ev.Type), From: ev.Time!.Start, To: ev.Time.End, First: 50), ct);
        var candidates = page.Items.Where(c => !claimed.Contains(c.Id)).ToArray();
        if (candidates.Length == 0) return null;
        var mine = Participants(ev, entityIds);
        if (mine.Count == 0) return null;
        var relations = await store.GetRelationsAsync(new RelationQuery(candidates.Select(c => c.Id).ToArray(), RelationTypes.EventRoles, Direction.Outgoing), ct);
        string? best = null;
        var bestShared = 0;
        foreach (var candidate in candidates)
        {
            var shared = (relations.GetValueOrDefault(candidate.Id) ?? [])
                .Where(r => r.Type != RelationType.Location && mine.Contains(r.To))
                .Select(r => r.To).Distinct(StringComparer.Ordinal).Count();
            if (shared > bestShared || (shared == bestShared && shared > 0 && best is not null && string.CompareOrdinal(candidate.Id, best) < 0))
            {
                best = candidate.Id;
                bestShared = shared;
            }
        }
        return bestShared > 0 ? best : null;
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static async Task<string> NewIdAsync(IGraphStore store, string documentId, ExtractedEvent ev, IEnumerable<string> usedInDocument, CancellationToken ct)
    {
        var day = ev.Time is { } t ? t.Start.ToString("yyyy-MM-dd") : "undated";
        var stem = $"event:{Kebab(ev.Type.ToString())}-{day}";
        var used = new HashSet<string>(usedInDocument, StringComparer.Ordinal);
        var candidate = stem;
        for (var n = 2; ; n++)
        {
            if (!used.Contains(candidate))
            {
                var existing = await store.GetNodesAsync([candidate], ct);
                if (existing.Count == 0) return candidate;
            }
            candidate = $"{stem}-{n}";
        }
    }
}
