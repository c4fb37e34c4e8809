using Graph.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Mapping;

/// <summary>The select list that reads one piece of evidence (alias <c>e</c>).</summary>
internal static class EvidenceColumns
{
    public const string Select = "e.fact_id, e.doc_id, e.sentence_index, e.span_start, e.span_end, e.sentence, e.rule, e.confidence";

    /// <summary>Canonical order of evidence of one fact.</summary>
    public const string Order = "e.doc_id, e.sentence_index, e.span_start, e.span_end, e.eid";

    public static Evidence Read(SqliteDataReader r, int o = 0) =>
        new(r.GetString(o + 1), r.GetInt32(o + 2), r.GetInt32(o + 3), r.GetInt32(o + 4), r.GetString(o + 5), r.GetString(o + 6), r.GetDouble(o + 7))
        {
            FactId = r.GetString(o),
        };
}
