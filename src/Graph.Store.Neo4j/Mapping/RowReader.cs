using Graph.Model;
using Graph.Store.Neo4j.Transport;

namespace Graph.Store.Neo4j.Mapping;

/// <summary>Builds model records from the map projections the statements return.</summary>
internal static class RowReader
{
    /// <summary>An entity or event from <c>n {.*, aliases, quantities, evidenceCount}</c> (nodes.byIds).</summary>
    public static Node GraphNode(CypherMap n)
    {
        var id = n["id"].AsString();
        var kind = GraphValues.ParseEnum<NodeKind>(n["kind"]);
        var evidenceCount = n["evidenceCount"].AsInt32();
        if (kind == NodeKind.Event)
        {
            return new Event(id, GraphValues.ParseEnum<EventType>(n["type"]), n["name"].AsString(), GraphValues.ReadTime(n, "time"),
                n["quantities"].AsList().Select(q => Quantity(q.AsMap())).ToArray(), n["summary"].AsStringOrNull(), n["confidence"].AsDouble())
            {
                EvidenceCount = evidenceCount,
            };
        }
        if (!kind.IsEntity()) throw new Neo4jProtocolException($"node '{id}' has kind {kind}, which is not a graph node");
        return new Entity(id, kind, n["name"].AsString(), n["aliases"].AsStringList(), n["subtype"].AsStringOrNull(),
            !n["discovered"].IsNull && n["discovered"].AsBoolean(), n["confidence"].AsDouble())
        {
            EvidenceCount = evidenceCount,
        };
    }

    private static Quantity Quantity(CypherMap q) => new(
        q["value"].AsDouble(), q["counted"].AsString(), q["approximate"].AsBoolean(), q["text"].AsStringOrNull(), q["claimedBy"].AsStringOrNull());

    /// <summary>A document from the projection of documents.byIds.</summary>
    public static DocumentRecord Document(CypherMap d) =>
        new(d["id"].AsString(), d["contentHash"].AsString(), d["title"].AsString(), d["publisher"].AsStringOrNull(),
            d["author"].AsStringOrNull(), GraphValues.ReadTime(d, "published"), d["url"].AsStringOrNull(), d["sourcePath"].AsStringOrNull(),
            GraphValues.ReadInstant(d["ingestedAt"]), d["length"].AsInt32())
        {
            Text = d["text"].AsStringOrNull(),
        };

    /// <summary>A relation from <c>r {.*, type, from, to, evidenceCount}</c>.</summary>
    public static Relation Relation(CypherMap r) =>
        new(r["id"].AsString(), GraphValues.ParseRelationType(r["type"]), r["from"].AsString(), r["to"].AsString(),
            r["role"].AsStringOrNull(), GraphValues.ReadTime(r, "time"), r["confidence"].AsDouble())
        {
            EvidenceCount = r.Has("evidenceCount") ? r["evidenceCount"].AsInt32() : 0,
        };

    public static Evidence Evidence(CypherMap e) =>
        new(e["documentId"].AsString(), e["sentenceIndex"].AsInt32(), e["start"].AsInt32(), e["end"].AsInt32(),
            e["sentence"].AsString(), e["rule"].AsString(), e["confidence"].AsDouble())
        {
            FactId = e["factId"].AsString(),
        };

    public static CurationRecord Curation(CypherMap c) =>
        new(c["sequence"].AsInt64(), GraphValues.ParseEnum<CurationAction>(c["action"]), c["targetId"].AsString(),
            c["otherId"].AsStringOrNull(), c["value"].AsStringOrNull(), c["actor"].AsString(), c["reason"].AsString(),
            GraphValues.ReadInstant(c["at"]));
}
