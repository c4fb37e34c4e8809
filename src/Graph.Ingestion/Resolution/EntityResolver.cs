using Graph.Model;

namespace Graph.Ingestion.Resolution;

/// <summary>
/// Maps the entities of one document to nodes of the graph: an id the graph already holds (merged ids resolve to
/// their survivor), else an entity of the same kind with one of the document's names (full names for people, so
/// that two people sharing a surname stay apart), else a new node under the proposed id.
/// </summary>
public static class EntityResolver
{
    public static async Task<Dictionary<string, string>> ResolveAsync(IGraphStore store, IReadOnlyList<ExtractedEntity> entities, CancellationToken ct)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (entities.Count == 0) return map;

        var keys = new List<string>(entities.Count);
        foreach (var e in entities) keys.Add(e.Key);
        var existing = await store.GetNodesAsync(keys, ct).ConfigureAwait(false);

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (existing.ContainsKey(e.Key)) continue;
            foreach (var n in LookupNames(e)) names.Add(n);
        }
        var found = names.Count == 0
            ? new Dictionary<string, IReadOnlyList<Entity>>()
            : await store.FindByNamesAsync(names, kinds: null, ct).ConfigureAwait(false);

        foreach (var e in entities)
        {
            if (existing.TryGetValue(e.Key, out var node) && node.Kind == e.Kind)
            {
                map[e.Key] = node.Id;
                continue;
            }
            Entity? best = null;
            var bestScore = -1;
            foreach (var name in LookupNames(e))
            {
                if (!found.TryGetValue(name, out var candidates)) continue;
                foreach (var c in candidates)
                {
                    if (c.Kind != e.Kind) continue;
                    var score = (NameKey.Normalize(c.Name) == NameKey.Normalize(e.Name) ? 1_000_000 : 0) + c.EvidenceCount;
                    if (score > bestScore || (score == bestScore && best is not null && string.CompareOrdinal(c.Id, best.Id) < 0))
                    {
                        best = c;
                        bestScore = score;
                    }
                }
            }
            map[e.Key] = best?.Id ?? e.Key;
        }
        return map;
    }

    /// <summary>The names under which the graph may already know the entity.</summary>
    private static IEnumerable<string> LookupNames(ExtractedEntity e)
    {
        yield return e.Name;
        foreach (var a in e.Aliases)
        {
            if (a.Length == 0) continue;
            // A surname alone could be another person of the same name; people are found by full names.
            if (e.Kind == NodeKind.Person && !a.Contains(' ') && e.Name.Contains(' ')) continue;
            yield return a;
        }
    }
}
