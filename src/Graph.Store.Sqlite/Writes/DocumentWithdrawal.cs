using Graph.Model;
using Graph.Store.Sqlite.Data;

namespace Graph.Store.Sqlite.Writes;

/// <summary>
/// Withdraws what a previous version of a document said: its evidence, the aliases and quantities it stated, then
/// every fact it touched that is left with no evidence and no curation (relations first, then nodes that also have
/// no relation left). Facts other documents support stay.
/// </summary>
internal static class DocumentWithdrawal
{
    private const int Document = (int)NodeKind.Document;

    private const string DeadRelations = """
        SELECT rel.id, rel.from_id, rel.to_id FROM json_each(@ids) j JOIN relations rel ON rel.id = j.value
        WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = rel.id)
          AND NOT EXISTS (SELECT 1 FROM curations c WHERE c.target_id = rel.id)
        """;

    private static readonly string DeadNodes = $"""
        SELECT n.id FROM (SELECT DISTINCT value AS id FROM json_each(@ids)) j JOIN nodes n ON n.id = j.id
        WHERE n.kind <> {Document}
          AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = n.id)
          AND NOT EXISTS (SELECT 1 FROM curations c WHERE c.target_id = n.id)
          AND NOT EXISTS (SELECT 1 FROM relations rel WHERE rel.from_id = n.id)
          AND NOT EXISTS (SELECT 1 FROM relations rel WHERE rel.to_id = n.id)
        """;

    public static async Task WithdrawAsync(SqlContext db, string documentId, CancellationToken ct)
    {
        var touched = await db.ListAsync("SELECT DISTINCT fact_id FROM evidence WHERE doc_id = @doc", r => r.GetString(0), ct, ("@doc", documentId)).ConfigureAwait(false);
        var touchedEvents = await db.ListAsync("SELECT DISTINCT event_id FROM quantities WHERE doc_id = @doc", r => r.GetString(0), ct, ("@doc", documentId)).ConfigureAwait(false);
        await db.ExecuteAsync("""
            DELETE FROM evidence WHERE doc_id = @doc;
            DELETE FROM names WHERE doc_id = @doc;
            DELETE FROM quantities WHERE doc_id = @doc;
            """, ct, ("@doc", documentId)).ConfigureAwait(false);

        var relationIds = touched.Where(FactIds.IsRelationId).ToList();
        var dead = relationIds.Count == 0
            ? []
            : await db.ListAsync(DeadRelations, r => (Id: r.GetString(0), From: r.GetString(1), To: r.GetString(2)), ct,
                ("@ids", SqlContext.Json(relationIds))).ConfigureAwait(false);
        await FactRows.DeleteRelationsAsync(db, dead.Select(d => d.Id).ToList(), ct).ConfigureAwait(false);

        var candidates = touched.Where(id => !FactIds.IsRelationId(id))
            .Concat(touchedEvents).Concat(dead.Select(d => d.From)).Concat(dead.Select(d => d.To)).ToList();
        if (candidates.Count == 0) return;
        var deadNodes = await db.ListAsync(DeadNodes, r => r.GetString(0), ct, ("@ids", SqlContext.Json(candidates))).ConfigureAwait(false);
        await FactRows.DeleteNodesAsync(db, deadNodes, ct).ConfigureAwait(false);
    }
}
