using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Reads;

namespace Graph.Store.Sqlite.Writes;

/// <summary>
/// Folds one node into another of the same kind: names (the merged name becomes a curated alias), evidence,
/// quantities and missing attributes move to the survivor; every relation of the merged node is re-keyed onto the
/// survivor (joining an existing relation with the same content when there is one, dropped when it would link the
/// survivor to itself); retracted relations are re-keyed too so they stay hidden (unless the re-keyed fact is alive through other evidence); and the merged id (and the old
/// relation ids) redirect from now on.
/// </summary>
internal static class NodeMerge
{
    public static async Task<Node> MergeAsync(SqlContext db, string survivorId, string mergedId, Curation curation, DateTimeOffset now, CancellationToken ct)
    {
        var nodes = await NodeReads.GetAsync(db, [survivorId, mergedId], ct).ConfigureAwait(false);
        var missing = new[] { survivorId, mergedId }.Where(id => !nodes.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0) throw new NodeNotFoundException(missing);
        var survivor = nodes[survivorId];
        var merged = nodes[mergedId];
        if (survivor.Id == merged.Id)
            throw new InvalidFactException([new FactProblem("mergedId", $"'{mergedId}' and '{survivorId}' are already the same node")]);
        if (survivor.Kind != merged.Kind)
            throw new InvalidFactException([new FactProblem("mergedId", $"cannot merge a {merged.Kind} into a {survivor.Kind}")]);
        if (survivor.Kind == NodeKind.Document)
            throw new InvalidFactException([new FactProblem("survivorId", "documents cannot be merged")]);
        var s = survivor.Id;
        var m = merged.Id;

        await db.ExecuteAsync("""
            UPDATE OR IGNORE names SET node_id = @s WHERE node_id = @m AND alias = 1;
            DELETE FROM names WHERE node_id = @m;
            DELETE FROM names WHERE node_id = @s AND alias = 1 AND name = @s_name;
            UPDATE quantities SET event_id = @s WHERE event_id = @m;
            UPDATE evidence SET fact_id = @s WHERE fact_id = @m;
            UPDATE nodes SET
                subtype     = coalesce(subtype, (SELECT subtype FROM nodes WHERE id = @m)),
                summary     = coalesce(summary, (SELECT summary FROM nodes WHERE id = @m)),
                discovered  = min(discovered, (SELECT discovered FROM nodes WHERE id = @m)),
                confidence  = max(confidence, (SELECT confidence FROM nodes WHERE id = @m)),
                t_end       = CASE WHEN t_start IS NULL THEN (SELECT t_end FROM nodes WHERE id = @m) ELSE t_end END,
                t_precision = CASE WHEN t_start IS NULL THEN (SELECT t_precision FROM nodes WHERE id = @m) ELSE t_precision END,
                t_inferred  = CASE WHEN t_start IS NULL THEN (SELECT t_inferred FROM nodes WHERE id = @m) ELSE t_inferred END,
                t_text      = CASE WHEN t_start IS NULL THEN (SELECT t_text FROM nodes WHERE id = @m) ELSE t_text END,
                t_start     = CASE WHEN t_start IS NULL THEN (SELECT t_start FROM nodes WHERE id = @m) ELSE t_start END
            WHERE id = @s;
            """, ct, ("@s", s), ("@m", m), ("@s_name", survivor.Name)).ConfigureAwait(false);
        if (merged.Name != survivor.Name) await FactRows.InsertNameAsync(db, s, merged.Name, alias: true, "", ct).ConfigureAwait(false);

        await MoveRelationsAsync(db, s, m, ct).ConfigureAwait(false);
        await MoveRetractionsAsync(db, s, m, ct).ConfigureAwait(false);

        await db.ExecuteAsync("""
            UPDATE redirects SET survivor_id = @s WHERE survivor_id = @m;
            INSERT OR REPLACE INTO redirects(merged_id, survivor_id) VALUES (@m, @s);
            DELETE FROM nodes WHERE id = @m;
            """, ct, ("@s", s), ("@m", m)).ConfigureAwait(false);
        await CurationLog.AppendAsync(db, CurationAction.MergeNodes, s, m, merged.Name, curation, now, ct).ConfigureAwait(false);
        return (await NodeReads.GetOneAsync(db, s, ct).ConfigureAwait(false))!;
    }

    private static async Task MoveRelationsAsync(SqlContext db, string s, string m, CancellationToken ct)
    {
        var relations = await db.ListAsync($"SELECT {Mapping.RelationColumns.Select} FROM relations rel WHERE rel.from_id = @m OR rel.to_id = @m",
            r => Mapping.RelationColumns.Read(r), ct, ("@m", m)).ConfigureAwait(false);
        foreach (var rel in relations)
        {
            var from = rel.From == m ? s : rel.From;
            var to = rel.To == m ? s : rel.To;
            var newId = FactIds.Relation(rel.Type, from, to, rel.Role);
            var hidden = from == to || (await Retractions.FindAsync(db, [newId], ct).ConfigureAwait(false)).Count > 0;
            if (hidden)
            {
                await FactRows.DeleteRelationsAsync(db, [rel.Id], ct).ConfigureAwait(false);
                continue;
            }
            var exists = await db.ScalarAsync("SELECT 1 FROM relations WHERE id = @id", ct, ("@id", newId)).ConfigureAwait(false) is not null;
            if (exists) await FactRows.MergeRelationAsync(db, newId, rel.Time, rel.Confidence, ct).ConfigureAwait(false);
            else await FactRows.InsertRelationAsync(db, newId, rel.Type, from, to, rel.Role, rel.Time, rel.Confidence, ct).ConfigureAwait(false);
            await db.ExecuteAsync("""
                UPDATE evidence SET fact_id = @new WHERE fact_id = @old;
                DELETE FROM relations WHERE id = @old;
                UPDATE redirects SET survivor_id = @new WHERE survivor_id = @old;
                INSERT OR REPLACE INTO redirects(merged_id, survivor_id) VALUES (@old, @new);
                """, ct, ("@new", newId), ("@old", rel.Id)).ConfigureAwait(false);
        }
    }

    private static async Task MoveRetractionsAsync(SqlContext db, string s, string m, CancellationToken ct)
    {
        var hidden = await db.ListAsync("SELECT type, from_id, to_id, role FROM retractions WHERE type IS NOT NULL AND (from_id = @m OR to_id = @m)",
            r => (Type: (RelationType)r.GetInt32(0), From: r.GetString(1), To: r.GetString(2), Role: r.IsDBNull(3) ? null : r.GetString(3)), ct,
            ("@m", m)).ConfigureAwait(false);
        foreach (var h in hidden)
        {
            var from = h.From == m ? s : h.From;
            var to = h.To == m ? s : h.To;
            if (from == to) continue;
            var id = FactIds.Relation(h.Type, from, to, h.Role);
            // A fact that other evidence keeps alive is not hidden by the retraction of its merged twin.
            if (await db.ScalarAsync("SELECT 1 FROM relations WHERE id = @id", ct, ("@id", id)).ConfigureAwait(false) is not null) continue;
            await Retractions.AddRelationAsync(db, id, h.Type, from, to, h.Role, ct).ConfigureAwait(false);
        }
    }
}
