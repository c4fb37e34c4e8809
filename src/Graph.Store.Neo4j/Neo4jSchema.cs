using Graph.Model;

namespace Graph.Store.Neo4j;

/// <summary>
/// The names of the store's data model in Neo4j (described in cypher/schema.cypher): the lint declares exactly these,
/// so a misspelt label, relationship type or property in a statement shows up as an analyzer warning.
/// </summary>
public static class Neo4jSchema
{
    public static readonly IReadOnlyList<string> Labels =
    [
        "GraphNode", "Entity", "Person", "State", "Organization", "Place", "Event", "Document",
        "Name", "Quantity", "Evidence", "Redirect", "Retraction", "Curation", "Counter",
    ];

    /// <summary>One relationship type per <see cref="RelationType"/>, named by <see cref="RelationTypes.CypherName"/>.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = Enum.GetValues<RelationType>().Select(t => t.CypherName()).ToArray();

    public static readonly IReadOnlyList<string> PropertyKeys =
    [
        // nodes of the graph
        "id", "kind", "name", "subtype", "discovered", "confidence", "type", "summary",
        "timeStart", "timeEnd", "timePrecision", "timeInferred", "timeText",
        // relationships
        "role",
        // documents
        "seq", "contentHash", "title", "publisher", "author", "publishedStart", "publishedEnd", "publishedPrecision",
        "publishedInferred", "publishedText", "url", "sourcePath", "ingestedAt", "length", "text",
        // names, quantities, evidence
        "nodeId", "key", "alias", "documentId", "eventId", "value", "counted", "approximate", "claimedBy",
        "factId", "sentenceIndex", "start", "end", "sentence", "rule",
        // redirects, retractions, curations, counters
        "mergedId", "survivorId", "fromId", "toId", "sequence", "action", "targetId", "otherId", "actor", "reason", "at",
    ];
}
