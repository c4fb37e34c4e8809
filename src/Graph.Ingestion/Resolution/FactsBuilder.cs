using Graph.Model;

namespace Graph.Ingestion.Resolution;

/// <summary>
/// Writes an <see cref="ExtractionResult"/> as the <see cref="DocumentFacts"/> the store applies: entity and event
/// keys replaced by node ids (existing or new), several extracted items landing on one node combined, relation
/// endpoints checked against what each relation type allows.
/// </summary>
internal static class FactsBuilder
{
    public static DocumentFacts Build(ExtractionResult r, IReadOnlyDictionary<string, string> entityIds, IReadOnlyDictionary<string, string> eventIds, DateTimeOffset ingestedAt)
    {
        var m = r.Metadata;
        var document = new DocumentRecord(r.DocumentId, r.ContentHash, m.Title, m.Publisher, m.Author, m.PublishedAt, m.Url, m.SourcePath, ingestedAt, r.Text.Length);

        var entities = new Dictionary<string, EntityFact>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        foreach (var e in r.Entities)
        {
            var id = entityIds.TryGetValue(e.Key, out var mapped) ? mapped : e.Key;
            var aliases = CleanAliases(e.Aliases, e.Name);
            if (entities.TryGetValue(id, out var previous))
            {
                var all = new List<string>(previous.Aliases);
                foreach (var a in aliases) if (!all.Contains(a)) all.Add(a);
                if (e.Name != previous.Name && !all.Contains(e.Name)) all.Add(e.Name);
                var evidence = new List<Evidence>(previous.Evidence);
                evidence.AddRange(e.Evidence);
                entities[id] = previous with { Aliases = Cap(all), Confidence = Math.Max(previous.Confidence, e.Confidence), Evidence = evidence };
            }
            else
            {
                entities[id] = new EntityFact(id, e.Kind, e.Name, Cap(aliases), e.Subtype, e.Discovered, e.Confidence, e.Evidence);
            }
            kinds[id] = e.Kind;
        }

        var events = new Dictionary<string, EventFact>(StringComparer.Ordinal);
        var localToId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ev in r.Events)
        {
            var id = eventIds[ev.Key];
            localToId[ev.Key] = id;
            var quantities = new List<Quantity>(ev.Quantities.Count);
            foreach (var q in ev.Quantities)
            {
                var claimed = q.ClaimedBy is not null && entityIds.TryGetValue(q.ClaimedBy, out var c) ? c : null;
                quantities.Add(q with { ClaimedBy = claimed });
            }
            if (events.TryGetValue(id, out var previous))
            {
                var qs = new List<Quantity>(previous.Quantities);
                foreach (var q in quantities) if (!qs.Exists(x => x.Value == q.Value && x.Counted == q.Counted)) qs.Add(q);
                var evidence = new List<Evidence>(previous.Evidence);
                evidence.AddRange(ev.Evidence);
                events[id] = previous with
                {
                    Quantities = qs,
                    Time = previous.Time ?? ev.Time,
                    Summary = previous.Summary ?? ev.Summary,
                    Confidence = Math.Max(previous.Confidence, ev.Confidence),
                    Evidence = evidence,
                };
            }
            else
            {
                events[id] = new EventFact(id, ev.Type, Trim(ev.Name), ev.Time, quantities, ev.Summary, ev.Confidence, ev.Evidence);
            }
            kinds[id] = NodeKind.Event;
        }

        var relations = new Dictionary<string, RelationFact>(StringComparer.Ordinal);
        void AddRelation(RelationType type, string from, string to, string? role, TimeRange? time, double confidence, IReadOnlyList<Evidence> evidence)
        {
            if (from == to || !Allowed(type, from, to, kinds)) return;
            var fact = new RelationFact(type, from, to, role, time, confidence, evidence);
            if (relations.TryGetValue(fact.Id, out var previous))
            {
                var all = new List<Evidence>(previous.Evidence);
                all.AddRange(evidence);
                relations[fact.Id] = previous with { Evidence = all, Confidence = Math.Max(previous.Confidence, confidence), Time = previous.Time ?? time };
            }
            else
            {
                relations[fact.Id] = fact;
            }
        }
        foreach (var ev in r.Events)
        {
            var eventId = localToId[ev.Key];
            foreach (var role in ev.Roles)
            {
                if (!entityIds.TryGetValue(role.EntityKey, out var entityId)) continue;
                AddRelation(role.Role, eventId, entityId, role.Qualifier, null, role.Confidence, role.Evidence);
            }
        }
        foreach (var rel in r.Relations)
        {
            if (!entityIds.TryGetValue(rel.FromKey, out var from) || !entityIds.TryGetValue(rel.ToKey, out var to)) continue;
            AddRelation(rel.Type, from, to, rel.Role, rel.Time, rel.Confidence, rel.Evidence);
        }
        return new DocumentFacts(document, r.Text, [.. entities.Values], [.. events.Values], [.. relations.Values]);
    }

    /// <summary>The same checks the store makes, so that one odd extraction never rejects a whole document.</summary>
    private static bool Allowed(RelationType type, string from, string to, Dictionary<string, NodeKind> kinds)
    {
        if (!kinds.TryGetValue(from, out var fk) && !FactIds.TryGetKind(from, out fk)) return false;
        if (!kinds.TryGetValue(to, out var tk) && !FactIds.TryGetKind(to, out tk)) return false;
        if (type.IsEventRole())
            return fk == NodeKind.Event && tk.IsEntity() && (type != RelationType.Location || tk is NodeKind.Place or NodeKind.State);
        if (!fk.IsEntity() || !tk.IsEntity()) return false;
        return type switch
        {
            RelationType.HoldsOffice => fk == NodeKind.Person,
            RelationType.LocatedIn => tk is NodeKind.Place or NodeKind.State,
            _ => true,
        };
    }

    private static List<string> CleanAliases(IReadOnlyList<string> aliases, string name)
    {
        var list = new List<string>(aliases.Count);
        foreach (var a in aliases)
        {
            var t = Trim(a);
            if (t.Length == 0 || t == name || list.Contains(t)) continue;
            list.Add(t);
        }
        return list;
    }

    private static List<string> Cap(List<string> aliases) => aliases.Count <= FactLimits.MaxAliases ? aliases : aliases.GetRange(0, FactLimits.MaxAliases);

    private static string Trim(string s)
    {
        s = s.Trim();
        return s.Length <= FactLimits.MaxNameLength ? s : s[..FactLimits.MaxNameLength];
    }
}
