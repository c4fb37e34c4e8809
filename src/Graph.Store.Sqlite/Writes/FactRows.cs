using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Writes;

/// <summary>Single-row writes shared by document application, merges and curation.</summary>
internal static class FactRows
{
    public static Task InsertEvidenceAsync(SqlContext db, string factId, Evidence e, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO evidence(fact_id, doc_id, sentence_index, span_start, span_end, sentence, rule, confidence)
            VALUES (@fact, @doc, @sentence_index, @start, @end, @sentence, @rule, @confidence)
            """, ct,
            ("@fact", factId), ("@doc", e.DocumentId), ("@sentence_index", e.SentenceIndex), ("@start", e.Start), ("@end", e.End),
            ("@sentence", e.Sentence), ("@rule", e.Rule), ("@confidence", e.Confidence));

    /// <summary>A name row: canonical (alias = false, no document) or an alias stated by a document ('' when curated).</summary>
    public static Task InsertNameAsync(SqlContext db, string nodeId, string name, bool alias, string documentId, CancellationToken ct) =>
        db.ExecuteAsync("INSERT OR IGNORE INTO names(node_id, name, key, alias, doc_id) VALUES (@node, @name, @key, @alias, @doc)", ct,
            ("@node", nodeId), ("@name", name), ("@key", NameKey.Normalize(name)), ("@alias", alias ? 1 : 0), ("@doc", documentId));

    public static Task InsertRelationAsync(SqlContext db, string id, RelationType type, string from, string to, string? role, TimeRange? time, double confidence, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO relations(id, type, from_id, to_id, role, t_start, t_end, t_precision, t_inferred, t_text, confidence)
            VALUES (@id, @type, @from, @to, @role, @t_start, @t_end, @t_precision, @t_inferred, @t_text, @confidence)
            """, ct,
            [("@id", id), ("@type", (int)type), ("@from", from), ("@to", to), ("@role", role), ("@confidence", confidence), .. TimeColumns.Parameters(time)]);

    /// <summary>Folds another statement of the relation in: highest confidence, first known time.</summary>
    public static Task MergeRelationAsync(SqlContext db, string id, TimeRange? time, double confidence, CancellationToken ct) =>
        db.ExecuteAsync("""
            UPDATE relations SET
                confidence  = max(confidence, @confidence),
                t_start     = CASE WHEN t_start IS NULL THEN @t_start ELSE t_start END,
                t_end       = CASE WHEN t_start IS NULL THEN @t_end ELSE t_end END,
                t_precision = CASE WHEN t_start IS NULL THEN @t_precision ELSE t_precision END,
                t_inferred  = CASE WHEN t_start IS NULL THEN @t_inferred ELSE t_inferred END,
                t_text      = CASE WHEN t_start IS NULL THEN @t_text ELSE t_text END
            WHERE id = @id
            """, ct, [("@id", id), ("@confidence", confidence), .. TimeColumns.Parameters(time)]);

    /// <summary>Deletes nodes with everything hanging off them (names, quantities, evidence); relations must be gone already.</summary>
    public static async Task DeleteNodesAsync(SqlContext db, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        await db.ExecuteAsync("""
            DELETE FROM names WHERE node_id IN (SELECT value FROM json_each(@ids));
            DELETE FROM quantities WHERE event_id IN (SELECT value FROM json_each(@ids));
            DELETE FROM evidence WHERE fact_id IN (SELECT value FROM json_each(@ids));
            DELETE FROM nodes WHERE id IN (SELECT value FROM json_each(@ids));
            """, ct, ("@ids", SqlContext.Json(ids))).ConfigureAwait(false);
    }

    public static async Task DeleteRelationsAsync(SqlContext db, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        await db.ExecuteAsync("""
            DELETE FROM evidence WHERE fact_id IN (SELECT value FROM json_each(@ids));
            DELETE FROM relations WHERE id IN (SELECT value FROM json_each(@ids));
            """, ct, ("@ids", SqlContext.Json(ids))).ConfigureAwait(false);
    }
}
