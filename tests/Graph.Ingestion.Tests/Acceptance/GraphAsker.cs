using Graph.Model;

namespace Graph.Ingestion.Tests.Acceptance;

/// <summary>
/// How an analyst's questions are put to the graph: only through <see cref="IGraphStore"/> (names looked up, events
/// filtered, relations and evidence read), never through the gold files or known ids.
/// </summary>
internal sealed class GraphAsker(IGraphStore store)
{
    public IGraphStore Store => store;

    /// <summary>
    /// The entity an analyst means by any of these names (name or alias, normalized), of one of the kinds; when
    /// several nodes answer, the one with the most evidence. Fails the test when none does.
    /// </summary>
    public async Task<Entity> EntityAsync(NodeKind[] kinds, params string[] names)
    {
        var found = await store.FindByNamesAsync(names, kinds);
        var candidates = found.Values.SelectMany(v => v).DistinctBy(e => e.Id).ToList();
        if (candidates.Count == 0)
        {
            foreach (var name in names)
            {
                var hits = await store.SearchAsync(new SearchQuery(name, kinds, First: 5));
                candidates.AddRange(hits
                    .Where(hit => NameKey.Normalize(hit.MatchedName) == NameKey.Normalize(name))
                    .Select(hit => hit.Node)
                    .OfType<Entity>());
            }
        }
        Assert.True(candidates.Count > 0, $"no {string.Join("/", kinds)} named {string.Join(" or ", names)} in the graph");
        return candidates.OrderByDescending(e => e.EvidenceCount).ThenBy(e => e.Id, StringComparer.Ordinal).First();
    }

    public Task<Entity> EntityAsync(NodeKind kind, params string[] names) => EntityAsync([kind], names);

    /// <summary>Every event the query selects, all pages.</summary>
    public async Task<IReadOnlyList<Event>> EventsAsync(EventQuery query)
    {
        var events = new List<Event>();
        string? after = null;
        while (true)
        {
            var page = await store.FindEventsAsync(query with { First = 50, After = after });
            events.AddRange(page.Items);
            if (!page.HasNextPage || page.Cursors.Count == 0) return events;
            after = page.Cursors[^1];
        }
    }

    /// <summary>The role relations from an event (event → entity), optionally of some types.</summary>
    public async Task<IReadOnlyList<Relation>> RolesAsync(string eventId, params RelationType[] types)
    {
        var byNode = await store.GetRelationsAsync(new RelationQuery([eventId], types.Length == 0 ? null : types, Direction.Outgoing));
        return byNode.TryGetValue(eventId, out var relations) ? relations.Where(r => r.From == eventId && r.Type.IsEventRole()).ToArray() : [];
    }

    /// <summary>Relations of an entity of some types in one direction.</summary>
    public async Task<IReadOnlyList<Relation>> RelationsAsync(string nodeId, Direction direction, params RelationType[] types)
    {
        var byNode = await store.GetRelationsAsync(new RelationQuery([nodeId], types, direction));
        return byNode.TryGetValue(nodeId, out var relations) ? relations : [];
    }

    /// <summary>The role targets of an event of some types, as ids.</summary>
    public async Task<IReadOnlySet<string>> TargetsAsync(string eventId, params RelationType[] types) =>
        (await RolesAsync(eventId, types)).Select(r => r.To).ToHashSet(StringComparer.Ordinal);

    /// <summary>The seed files (file names of the documents' source paths, else their titles) the facts' evidence cites.</summary>
    public async Task<IReadOnlySet<string>> SourcesAsync(IEnumerable<string> factIds)
    {
        var evidence = await store.GetEvidenceAsync(factIds.Distinct().ToArray());
        var documentIds = evidence.Values.SelectMany(v => v).Select(e => e.DocumentId).Distinct().ToArray();
        var documents = await store.GetDocumentsAsync(documentIds);
        return documents.Values
            .Select(d => d.SourcePath is { Length: > 0 } path ? Path.GetFileName(path) : d.Title)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Display names of node ids, for failure messages.</summary>
    public async Task<string> NamesAsync(IEnumerable<string> ids)
    {
        var nodes = await store.GetNodesAsync(ids.ToArray());
        return string.Join(", ", nodes.Values.Select(n => $"{n.Name} ({n.Id})"));
    }
}
