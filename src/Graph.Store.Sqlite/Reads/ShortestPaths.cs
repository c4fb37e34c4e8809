using Graph.Model;
using Graph.Store.Sqlite.Data;

namespace Graph.Store.Sqlite.Reads;

/// <summary>
/// All shortest paths (up to a limit) between two nodes, edges followed both ways, by bidirectional breadth-first
/// search: each step expands the smaller frontier with one statement. When the two searches meet, every shortest
/// path passes through a meeting node, and the paths are enumerated from the predecessor lists of both sides.
/// Parallel relations between the same two nodes make distinct paths.
/// </summary>
internal static class ShortestPaths
{
    private const string Adjacent = """
        WITH f(id) AS (SELECT value FROM json_each(@frontier))
        SELECT rel.id, rel.from_id, rel.to_id FROM f JOIN relations rel ON rel.from_id = f.id
        UNION
        SELECT rel.id, rel.from_id, rel.to_id FROM f JOIN relations rel ON rel.to_id = f.id
        ORDER BY 1
        """;

    private sealed class Side(string origin)
    {
        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal) { [origin] = 0 };
        /// <summary>For each reached node, the nodes one step closer to the origin and the relation taken.</summary>
        public Dictionary<string, List<(string Prev, string Relation)>> Previous { get; } = new(StringComparer.Ordinal);
        public List<string> Frontier { get; set; } = [origin];
        public int Depth { get; set; }
    }

    public static async Task<IReadOnlyList<GraphPath>> FindAsync(SqlContext db, string fromId, string toId, int maxHops, int maxPaths, CancellationToken ct)
    {
        var ends = await NodeReads.GetAsync(db, [fromId, toId], ct).ConfigureAwait(false);
        if (!ends.TryGetValue(fromId, out var fromNode) || !ends.TryGetValue(toId, out var toNode)) return [];
        var from = fromNode.Id;
        var to = toNode.Id;
        if (from == to) return [new GraphPath([from], [])];

        var forward = new Side(from);
        var backward = new Side(to);
        while (forward.Depth + backward.Depth < maxHops)
        {
            var (side, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            if (side.Frontier.Count == 0) return [];
            await ExpandAsync(db, side, ct).ConfigureAwait(false);
            var meets = side.Frontier.Where(other.Distance.ContainsKey).ToList();
            if (meets.Count == 0) continue;
            var best = meets.Min(m => other.Distance[m]);
            var meeting = meets.Where(m => other.Distance[m] == best).Order(StringComparer.Ordinal).ToList();
            return await BuildAsync(db, forward, backward, meeting, maxPaths, ct).ConfigureAwait(false);
        }
        return [];
    }

    private static async Task ExpandAsync(SqlContext db, Side side, CancellationToken ct)
    {
        var edges = await db.ListAsync(Adjacent, r => (Id: r.GetString(0), From: r.GetString(1), To: r.GetString(2)), ct,
            ("@frontier", SqlContext.Json(side.Frontier))).ConfigureAwait(false);
        var inFrontier = side.Frontier.ToHashSet(StringComparer.Ordinal);
        var depth = side.Depth + 1;
        var next = new List<string>();
        void Step(string u, string v, string relation)
        {
            if (side.Distance.TryGetValue(v, out var known))
            {
                if (known == depth) side.Previous[v].Add((u, relation));
                return;
            }
            side.Distance[v] = depth;
            side.Previous[v] = [(u, relation)];
            next.Add(v);
        }
        foreach (var (id, a, b) in edges)
        {
            if (inFrontier.Contains(a)) Step(a, b, id);
            if (inFrontier.Contains(b)) Step(b, a, id);
        }
        side.Depth = depth;
        side.Frontier = next;
    }

    private static async Task<IReadOnlyList<GraphPath>> BuildAsync(SqlContext db, Side forward, Side backward, List<string> meeting, int maxPaths, CancellationToken ct)
    {
        var raw = new List<(List<string> Nodes, List<string> Relations)>();
        foreach (var m in meeting)
        {
            foreach (var head in Walk(forward, m))
            {
                foreach (var tail in Walk(backward, m))
                {
                    // head runs origin..m; tail runs target..m, so it is reversed and joined at m.
                    var nodes = new List<string>(head.Nodes);
                    for (var i = tail.Nodes.Count - 2; i >= 0; i--) nodes.Add(tail.Nodes[i]);
                    var relations = new List<string>(head.Relations);
                    for (var i = tail.Relations.Count - 1; i >= 0; i--) relations.Add(tail.Relations[i]);
                    raw.Add((nodes, relations));
                    if (raw.Count >= maxPaths) goto Done;
                }
            }
        }
    Done:
        var byId = await RelationReads.GetByIdAsync(db, raw.SelectMany(p => p.Relations).Distinct(), ct).ConfigureAwait(false);
        return raw.Select(p => new GraphPath(p.Nodes, p.Relations.Select(r => byId[r]).ToList())).ToList();
    }

    /// <summary>Paths from the side's origin to <paramref name="node"/>, each as its nodes and relations in order.</summary>
    private static IEnumerable<(List<string> Nodes, List<string> Relations)> Walk(Side side, string node)
    {
        if (!side.Previous.TryGetValue(node, out var previous))
        {
            yield return ([node], []);
            yield break;
        }
        foreach (var (prev, relation) in previous.OrderBy(p => p.Prev, StringComparer.Ordinal).ThenBy(p => p.Relation, StringComparer.Ordinal))
        {
            foreach (var (nodes, relations) in Walk(side, prev))
            {
                yield return ([.. nodes, node], [.. relations, relation]);
            }
        }
    }
}
