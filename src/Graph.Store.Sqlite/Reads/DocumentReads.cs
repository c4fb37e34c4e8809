using System.Globalization;
using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Reads;

/// <summary>Documents by id, by content hash, and newest-ingested first with paging.</summary>
internal static class DocumentReads
{
    private static readonly string Columns = $"{NodeColumns.Select}, CASE WHEN @text = 1 THEN t.text END";

    private static readonly string ByIds = $"""
        SELECT {Columns}
        FROM (SELECT DISTINCT value AS id FROM json_each(@ids) WHERE type = 'text') q
        JOIN documents d ON d.id = q.id JOIN nodes n ON n.id = d.id
        LEFT JOIN document_texts t ON @text = 1 AND t.id = d.id
        """;

    private static readonly string ByHash = $"""
        SELECT {Columns}
        FROM documents d JOIN nodes n ON n.id = d.id LEFT JOIN document_texts t ON @text = 1 AND t.id = d.id
        WHERE d.content_hash = @hash
        ORDER BY d.seq DESC LIMIT 1
        """;

    private static readonly string PageSql = $"""
        SELECT d.seq, {Columns}
        FROM documents d JOIN nodes n ON n.id = d.id LEFT JOIN document_texts t ON @text = 1 AND t.id = d.id
        WHERE @after IS NULL OR d.seq < @after
        ORDER BY d.seq DESC LIMIT @limit
        """;

    private static readonly string All = $"""
        SELECT {Columns}
        FROM documents d JOIN nodes n ON n.id = d.id LEFT JOIN document_texts t ON @text = 1 AND t.id = d.id
        ORDER BY d.id
        """;

    private static DocumentRecord Read(Microsoft.Data.Sqlite.SqliteDataReader r, int o)
    {
        var record = (DocumentRecord)NodeColumns.Read(r, o);
        var textColumn = o + NodeColumns.Count;
        return r.IsDBNull(textColumn) ? record : record with { Text = r.GetString(textColumn) };
    }

    public static async Task<Dictionary<string, DocumentRecord>> GetAsync(SqlContext db, IEnumerable<string> ids, bool includeText, CancellationToken ct)
    {
        var rows = await db.ListAsync(ByIds, r => Read(r, 0), ct,
            ("@ids", SqlContext.Json(ids.Where(i => i is not null))), ("@text", includeText ? 1 : 0)).ConfigureAwait(false);
        return rows.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public static async Task<DocumentRecord?> ByHashAsync(SqlContext db, string hash, CancellationToken ct) =>
        (await db.ListAsync(ByHash, r => Read(r, 0), ct, ("@hash", hash), ("@text", 0)).ConfigureAwait(false)).FirstOrDefault();

    public static async Task<List<DocumentRecord>> AllAsync(SqlContext db, bool includeText, CancellationToken ct) =>
        await db.ListAsync(All, r => Read(r, 0), ct, ("@text", includeText ? 1 : 0)).ConfigureAwait(false);

    /// <summary>Runs in a read transaction so that the count and the page see the same data.</summary>
    public static async Task<Page<DocumentRecord>> ListAsync(SqlContext db, int first, string? after, CancellationToken ct)
    {
        long? afterSeq = after is null ? null : Cursor.DecodeLong(Cursor.Decode(after, "document", 1, "after")[0], "after");
        var total = Convert.ToInt32(await db.ScalarAsync("SELECT count(*) FROM documents", ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var rows = await db.ListAsync(PageSql,
            r => (Cursor: Cursor.Encode("document", r.GetInt64(0).ToString(CultureInfo.InvariantCulture)), Document: Read(r, 1)), ct,
            ("@after", afterSeq), ("@limit", first + 1), ("@text", 0)).ConfigureAwait(false);
        var hasNext = rows.Count > first;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return new Page<DocumentRecord>(rows.Select(x => x.Document).ToList(), rows.Select(x => x.Cursor).ToList(), hasNext, total);
    }
}
