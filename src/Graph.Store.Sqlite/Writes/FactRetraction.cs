using Graph.Model;
using Graph.Store.Sqlite.Data;
using Graph.Store.Sqlite.Reads;

namespace Graph.Store.Sqlite.Writes;

/// <summary>
/// Hides a relation, an event or an entity for good. A retracted node takes its relations with it; documents that
/// state the fact again (or a relation to the retracted node) are applied without it.
/// </summary>
internal static class FactRetraction
{
    public static async Task RetractAsync(SqlContext db, string factId, Curation curation, DateTimeOffset now, CancellationToken ct)
    {
        var id = await IdResolution.ResolveOneAsync(db, factId, ct).ConfigureAwait(false);
        if (FactIds.IsRelationId(id))
        {
            var relation = (await RelationReads.GetByIdAsync(db, [id], ct).ConfigureAwait(false)).GetValueOrDefault(id)
                ?? throw new NodeNotFoundException([factId]);
            await FactRows.DeleteRelationsAsync(db, [id], ct).ConfigureAwait(false);
            await Retractions.AddRelationAsync(db, id, relation.Type, relation.From, relation.To, relation.Role, ct).ConfigureAwait(false);
        }
        else
        {
            var node = await NodeReads.GetOneAsync(db, id, ct).ConfigureAwait(false) ?? throw new NodeNotFoundException([factId]);
            if (node.Kind == NodeKind.Document)
                throw new InvalidFactException([new FactProblem("factId", "a document is not a fact; ingest a new version instead")]);
            var touching = await db.ListAsync("""
                SELECT id FROM relations WHERE from_id = @id
                UNION SELECT id FROM relations WHERE to_id = @id
                """, r => r.GetString(0), ct, ("@id", id)).ConfigureAwait(false);
            await FactRows.DeleteRelationsAsync(db, touching, ct).ConfigureAwait(false);
            await FactRows.DeleteNodesAsync(db, [id], ct).ConfigureAwait(false);
            await Retractions.AddNodeAsync(db, id, ct).ConfigureAwait(false);
        }
        await CurationLog.AppendAsync(db, CurationAction.RetractFact, id, id == factId ? null : factId, null, curation, now, ct).ConfigureAwait(false);
    }
}
