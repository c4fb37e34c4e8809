using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Reads;

/// <summary>
/// Ranked search over names and aliases of entities and events. Names are indexed by their normalized key
/// (<see cref="NameKey.Normalize"/>: accents and case folded), so the search is accent- and case-insensitive for
/// any script. Every query word matches as a prefix, which serves type-ahead. Scoring, highest first: the key equals
/// the query (3), starts with it (2), contains its words (1); plus up to 0.5 for how much of the name the query
/// covers and 0.1 for a canonical name over an alias. A node appears once, with its best-matching name or alias.
/// </summary>
internal static class NameSearch
{
    private const int Document = (int)NodeKind.Document;

    /// <summary>How many matching names are scored before the best ones are kept.</summary>
    private const int Candidates = 2_000;

    private static readonly string Sql = $"""
        WITH hits AS (
            SELECT nm.node_id, nm.name, nm.alias,
                   CASE WHEN nm.key = @key THEN 3.0
                        WHEN substr(nm.key, 1, length(@key)) = @key THEN 2.0
                        ELSE 1.0 END
                   + 0.5 * length(@key) / max(length(nm.key), length(@key))
                   + CASE WHEN nm.alias = 0 THEN 0.1 ELSE 0.0 END AS score
            FROM names_fts
            JOIN names nm ON nm.nid = names_fts.rowid
            JOIN nodes k ON k.id = nm.node_id
            WHERE names_fts MATCH @match
              AND k.kind <> {Document}
              AND (@kinds IS NULL OR k.kind IN (SELECT value FROM json_each(@kinds)))
            ORDER BY names_fts.rank
            LIMIT {Candidates}
        ),
        best AS (
            SELECT node_id, name, score,
                   row_number() OVER (PARTITION BY node_id ORDER BY score DESC, alias, name) AS pick
            FROM hits
        )
        SELECT b.name, b.score, {NodeColumns.Select}
        FROM best b JOIN nodes n ON n.id = b.node_id LEFT JOIN documents d ON d.id = n.id
        WHERE b.pick = 1
        ORDER BY b.score DESC, n.name, n.id
        LIMIT @first
        """;

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(SqlContext db, SearchQuery query, CancellationToken ct)
    {
        var key = NameKey.Normalize(query.Text);
        if (key.Length == 0) return [];
        // Each word of the key is made of letters and digits only, so quoting it is safe; the whole
        // expression still travels as a parameter.
        var match = string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w + "\"*"));
        return await db.ListAsync(Sql, r => new SearchHit(NodeColumns.Read(r, 2), r.GetString(0), Math.Round(r.GetDouble(1), 6)), ct,
            ("@key", key),
            ("@match", match),
            ("@kinds", query.Kinds is null ? null : SqlContext.Json(query.Kinds.Select(k => (int)k))),
            ("@first", query.First)).ConfigureAwait(false);
    }
}
