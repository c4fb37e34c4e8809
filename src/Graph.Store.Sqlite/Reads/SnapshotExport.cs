using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Mapping;

namespace Graph.Store.Sqlite.Reads;

/// <summary>The whole graph in a canonical order (ids ascending; evidence by fact, then position), read in one transaction.</summary>
internal static class SnapshotExport
{
    private const int Event = (int)NodeKind.Event;

    private static readonly string EntitiesSql = $"SELECT {NodeColumns.Select} FROM nodes n LEFT JOIN documents d ON d.id = n.id WHERE n.kind < {Event} ORDER BY n.id";
    private static readonly string EventsSql = $"SELECT {NodeColumns.Select} FROM nodes n LEFT JOIN documents d ON d.id = n.id WHERE n.kind = {Event} ORDER BY n.id";
    private static readonly string RelationsSql = $"SELECT {RelationColumns.Select} FROM relations rel ORDER BY rel.id";
    private static readonly string EvidenceSql = $"SELECT {EvidenceColumns.Select} FROM evidence e ORDER BY e.fact_id, {EvidenceColumns.Order}";

    public static async Task<GraphSnapshot> ExportAsync(SqlContext db, CancellationToken ct)
    {
        var documents = await DocumentReads.AllAsync(db, includeText: true, ct).ConfigureAwait(false);
        var entities = await db.ListAsync(EntitiesSql, r => (Entity)NodeColumns.Read(r), ct).ConfigureAwait(false);
        var events = await db.ListAsync(EventsSql, r => (Event)NodeColumns.Read(r), ct).ConfigureAwait(false);
        var relations = await db.ListAsync(RelationsSql, r => RelationColumns.Read(r), ct).ConfigureAwait(false);
        var evidence = await db.ListAsync(EvidenceSql, r => EvidenceColumns.Read(r), ct).ConfigureAwait(false);
        var curations = await CurationReads.GetAsync(db, null, ct).ConfigureAwait(false);
        return new GraphSnapshot(documents, entities, events, relations, evidence, curations);
    }
}
