using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;
using Graph.Store.Sqlite.Reads;

namespace Graph.Store.Sqlite.Writes;

/// <summary>
/// Applies one validated document inside the caller's transaction. Reads come first (previous version, redirects,
/// retractions, which nodes and relations exist), then the previous version is withdrawn, the references outside
/// the unit are checked, and only then is anything written. Any exception leaves the transaction to roll back.
/// </summary>
internal sealed class DocumentApplier(SqlContext db, Action<WriteStage>? faults)
{
    private const int EventKind = (int)NodeKind.Event;
    private const int DocumentKind = (int)NodeKind.Document;

    private sealed class Counts
    {
        public int EntitiesCreated, EntitiesMerged, EventsCreated, EventsMerged, RelationsCreated, RelationsMerged, Evidence;
    }

    public async Task<ApplyResult> ApplyAsync(DocumentFacts facts, DateTimeOffset now, CancellationToken ct)
    {
        var doc = facts.Document;
        var previousHash = (string?)await db.ScalarAsync("SELECT content_hash FROM documents WHERE id = @id", ct, ("@id", doc.Id)).ConfigureAwait(false);
        if (previousHash == doc.ContentHash) return new ApplyResult(doc.Id, ApplyStatus.Unchanged, 0, 0, 0, 0, 0, 0, 0);

        var stated = facts.Entities.Select(e => e.Id).Concat(facts.Events.Select(e => e.Id))
            .Concat(facts.Relations.SelectMany(r => new[] { r.From, r.To })).Distinct(StringComparer.Ordinal).ToList();
        var redirects = await IdResolution.ResolveAsync(db, stated, ct).ConfigureAwait(false);
        string Resolve(string id) => redirects.GetValueOrDefault(id, id);

        if (previousHash is not null) await DocumentWithdrawal.WithdrawAsync(db, doc.Id, ct).ConfigureAwait(false);
        faults?.Invoke(WriteStage.AfterWithdrawal);

        var relations = facts.Relations.Select(r =>
        {
            var from = Resolve(r.From);
            var to = Resolve(r.To);
            return (Fact: r, From: from, To: to, Id: FactIds.Relation(r.Type, from, to, r.Role));
        }).ToList();
        var resolvedNodes = stated.Select(Resolve).Distinct(StringComparer.Ordinal).ToList();
        var retracted = await Retractions.FindAsync(db,
            resolvedNodes.Concat(relations.Select(r => r.Id)).Concat(relations.Select(r => r.Fact.Id)), ct).ConfigureAwait(false);
        var existing = await NodeReads.ExistingAsync(db, resolvedNodes, ct).ConfigureAwait(false);

        var unitNodes = facts.Entities.Select(e => Resolve(e.Id)).Concat(facts.Events.Select(e => Resolve(e.Id)))
            .Where(id => !retracted.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var missing = facts.Relations.SelectMany(r => new[] { r.From, r.To })
            .Where(id => !unitNodes.Contains(Resolve(id)) && !retracted.Contains(Resolve(id)) && !existing.ContainsKey(Resolve(id)))
            .Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0) throw new NodeNotFoundException(missing);

        await WriteDocumentAsync(facts, now, ct).ConfigureAwait(false);
        faults?.Invoke(WriteStage.AfterDocument);

        var counts = new Counts();
        var names = existing.ToDictionary(x => x.Key, x => x.Value.Name, StringComparer.Ordinal);
        foreach (var entity in facts.Entities)
        {
            var id = Resolve(entity.Id);
            if (retracted.Contains(id)) continue;
            await ApplyEntityAsync(entity, id, doc.Id, names, counts, ct).ConfigureAwait(false);
        }
        faults?.Invoke(WriteStage.AfterEntities);

        foreach (var ev in facts.Events)
        {
            var id = Resolve(ev.Id);
            if (retracted.Contains(id)) continue;
            await ApplyEventAsync(ev, id, doc.Id, names, counts, ct).ConfigureAwait(false);
        }
        faults?.Invoke(WriteStage.AfterEvents);

        var existingRelations = (await db.ListAsync("SELECT rel.id FROM json_each(@ids) j JOIN relations rel ON rel.id = j.value",
            r => r.GetString(0), ct, ("@ids", SqlContext.Json(relations.Select(r => r.Id).Distinct()))).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        foreach (var (fact, from, to, id) in relations)
        {
            // A merge can turn a relation into a loop; retractions hide the relation or an endpoint for good.
            if (from == to || retracted.Contains(from) || retracted.Contains(to) || retracted.Contains(id) || retracted.Contains(fact.Id)) continue;
            if (existingRelations.Add(id))
            {
                await FactRows.InsertRelationAsync(db, id, fact.Type, from, to, fact.Role, fact.Time, fact.Confidence, ct).ConfigureAwait(false);
                counts.RelationsCreated++;
            }
            else
            {
                await FactRows.MergeRelationAsync(db, id, fact.Time, fact.Confidence, ct).ConfigureAwait(false);
                counts.RelationsMerged++;
            }
            await AddEvidenceAsync(id, fact.Evidence, counts, ct).ConfigureAwait(false);
        }
        faults?.Invoke(WriteStage.AfterRelations);

        return new ApplyResult(doc.Id, previousHash is null ? ApplyStatus.Created : ApplyStatus.Replaced,
            counts.EntitiesCreated, counts.EntitiesMerged, counts.EventsCreated, counts.EventsMerged,
            counts.RelationsCreated, counts.RelationsMerged, counts.Evidence);
    }

    private async Task WriteDocumentAsync(DocumentFacts facts, DateTimeOffset now, CancellationToken ct)
    {
        var doc = facts.Document;
        var ingestedAt = doc.IngestedAt == default ? now : doc.IngestedAt;
        await db.ExecuteAsync($"""
            INSERT INTO nodes(id, kind, name, discovered, confidence, t_start, t_end, t_precision, t_inferred, t_text)
            VALUES (@id, {DocumentKind}, @title, 0, 1, @t_start, @t_end, @t_precision, @t_inferred, @t_text)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, t_start = excluded.t_start, t_end = excluded.t_end,
                t_precision = excluded.t_precision, t_inferred = excluded.t_inferred, t_text = excluded.t_text;
            INSERT INTO documents(id, seq, content_hash, publisher, author, url, source_path, ingested_at, length)
            VALUES (@id, (SELECT coalesce(max(seq), 0) + 1 FROM documents), @hash, @publisher, @author, @url, @source, @ingested, @length)
            ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, content_hash = excluded.content_hash, publisher = excluded.publisher,
                author = excluded.author, url = excluded.url, source_path = excluded.source_path,
                ingested_at = excluded.ingested_at, length = excluded.length;
            INSERT INTO document_texts(id, text) VALUES (@id, @text) ON CONFLICT(id) DO UPDATE SET text = excluded.text;
            """, ct,
            [("@id", doc.Id), ("@title", doc.Title), ("@hash", doc.ContentHash), ("@publisher", doc.Publisher), ("@author", doc.Author),
             ("@url", doc.Url), ("@source", doc.SourcePath), ("@ingested", ingestedAt.UtcTicks), ("@length", facts.Text.Length),
             ("@text", facts.Text), .. TimeColumns.Parameters(doc.PublishedAt)]).ConfigureAwait(false);
    }

    private async Task ApplyEntityAsync(EntityFact e, string id, string docId, Dictionary<string, string> names, Counts counts, CancellationToken ct)
    {
        if (names.TryGetValue(id, out var canonical))
        {
            await db.ExecuteAsync("""
                UPDATE nodes SET subtype = coalesce(subtype, @subtype), discovered = min(discovered, @discovered),
                    confidence = max(confidence, @confidence)
                WHERE id = @id
                """, ct, ("@id", id), ("@subtype", e.Subtype), ("@discovered", e.Discovered ? 1 : 0), ("@confidence", e.Confidence)).ConfigureAwait(false);
            counts.EntitiesMerged++;
            if (e.Name != canonical) await FactRows.InsertNameAsync(db, id, e.Name, alias: true, docId, ct).ConfigureAwait(false);
        }
        else
        {
            canonical = e.Name;
            names[id] = canonical;
            await db.ExecuteAsync("""
                INSERT INTO nodes(id, kind, name, subtype, discovered, confidence)
                VALUES (@id, @kind, @name, @subtype, @discovered, @confidence)
                """, ct, ("@id", id), ("@kind", (int)e.Kind), ("@name", e.Name), ("@subtype", e.Subtype),
                ("@discovered", e.Discovered ? 1 : 0), ("@confidence", e.Confidence)).ConfigureAwait(false);
            await FactRows.InsertNameAsync(db, id, e.Name, alias: false, "", ct).ConfigureAwait(false);
            counts.EntitiesCreated++;
        }
        foreach (var alias in e.Aliases)
        {
            if (alias != canonical) await FactRows.InsertNameAsync(db, id, alias, alias: true, docId, ct).ConfigureAwait(false);
        }
        await AddEvidenceAsync(id, e.Evidence, counts, ct).ConfigureAwait(false);
    }

    private async Task ApplyEventAsync(EventFact e, string id, string docId, Dictionary<string, string> names, Counts counts, CancellationToken ct)
    {
        if (names.ContainsKey(id))
        {
            await db.ExecuteAsync("""
                UPDATE nodes SET
                    confidence  = max(confidence, @confidence),
                    summary     = coalesce(summary, @summary),
                    t_start     = CASE WHEN t_start IS NULL THEN @t_start ELSE t_start END,
                    t_end       = CASE WHEN t_start IS NULL THEN @t_end ELSE t_end END,
                    t_precision = CASE WHEN t_start IS NULL THEN @t_precision ELSE t_precision END,
                    t_inferred  = CASE WHEN t_start IS NULL THEN @t_inferred ELSE t_inferred END,
                    t_text      = CASE WHEN t_start IS NULL THEN @t_text ELSE t_text END
                WHERE id = @id
                """, ct, [("@id", id), ("@confidence", e.Confidence), ("@summary", e.Summary), .. TimeColumns.Parameters(e.Time)]).ConfigureAwait(false);
            counts.EventsMerged++;
        }
        else
        {
            names[id] = e.Name;
            await db.ExecuteAsync($"""
                INSERT INTO nodes(id, kind, name, confidence, event_type, t_start, t_end, t_precision, t_inferred, t_text, summary)
                VALUES (@id, {EventKind}, @name, @confidence, @type, @t_start, @t_end, @t_precision, @t_inferred, @t_text, @summary)
                """, ct, [("@id", id), ("@name", e.Name), ("@confidence", e.Confidence), ("@type", (int)e.Type), ("@summary", e.Summary),
                          .. TimeColumns.Parameters(e.Time)]).ConfigureAwait(false);
            await FactRows.InsertNameAsync(db, id, e.Name, alias: false, "", ct).ConfigureAwait(false);
            counts.EventsCreated++;
        }
        foreach (var q in e.Quantities)
        {
            await db.ExecuteAsync("""
                INSERT INTO quantities(event_id, doc_id, value, counted, approximate, text, claimed_by)
                VALUES (@event, @doc, @value, @counted, @approximate, @text, @claimed)
                """, ct, ("@event", id), ("@doc", docId), ("@value", q.Value), ("@counted", q.Counted),
                ("@approximate", q.Approximate ? 1 : 0), ("@text", q.Text), ("@claimed", q.ClaimedBy)).ConfigureAwait(false);
        }
        await AddEvidenceAsync(id, e.Evidence, counts, ct).ConfigureAwait(false);
    }

    private async Task AddEvidenceAsync(string factId, IReadOnlyList<Evidence> evidence, Counts counts, CancellationToken ct)
    {
        foreach (var e in evidence)
        {
            await FactRows.InsertEvidenceAsync(db, factId, e, ct).ConfigureAwait(false);
            counts.Evidence++;
        }
    }
}
