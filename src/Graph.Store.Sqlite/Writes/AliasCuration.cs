using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Reads;

namespace Graph.Store.Sqlite.Writes;

/// <summary>Adds a curated alias: it belongs to no document, so no re-ingestion withdraws it.</summary>
internal static class AliasCuration
{
    public static async Task<Entity> AddAsync(SqlContext db, string entityId, string alias, Curation curation, DateTimeOffset now, CancellationToken ct)
    {
        var node = await NodeReads.GetOneAsync(db, entityId, ct).ConfigureAwait(false) ?? throw new NodeNotFoundException([entityId]);
        if (node is not Entity entity)
            throw new InvalidFactException([new FactProblem("entityId", $"'{entityId}' is a {node.Kind}, not an entity")]);
        var curated = await db.ScalarAsync("SELECT 1 FROM names WHERE node_id = @id AND alias = 1 AND name = @name AND doc_id = ''", ct,
            ("@id", entity.Id), ("@name", alias)).ConfigureAwait(false) is not null;
        if (alias == entity.Name || curated) return entity;
        await FactRows.InsertNameAsync(db, entity.Id, alias, alias: true, "", ct).ConfigureAwait(false);
        await CurationLog.AppendAsync(db, CurationAction.AddAlias, entity.Id, null, alias, curation, now, ct).ConfigureAwait(false);
        return (Entity)(await NodeReads.GetOneAsync(db, entity.Id, ct).ConfigureAwait(false))!;
    }
}
