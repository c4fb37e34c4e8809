using Graph.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Mapping;

/// <summary>The select list that reads a relation (alias <c>rel</c>) with its evidence count.</summary>
internal static class RelationColumns
{
    public const int Count = 12;

    public const string Select = """
        rel.id, rel.type, rel.from_id, rel.to_id, rel.role,
        rel.t_start, rel.t_end, rel.t_precision, rel.t_inferred, rel.t_text, rel.confidence, rel.evidence_count
        """;

    public static Relation Read(SqliteDataReader r, int o = 0) =>
        new(r.GetString(o), (RelationType)r.GetInt32(o + 1), r.GetString(o + 2), r.GetString(o + 3),
            NodeColumns.NullableString(r, o + 4), TimeColumns.Read(r, o + 5), r.GetDouble(o + 10))
        {
            EvidenceCount = r.GetInt32(o + 11),
        };
}
