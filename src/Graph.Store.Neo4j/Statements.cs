namespace Graph.Store.Neo4j;

/// <summary>The names of the statements the store sends, one per section of cypher/*.cypher.</summary>
internal static class Statements
{
    public const string NodesByIds = "nodes.byIds";
    public const string NodesResolve = "nodes.resolve";
    public const string NodesExisting = "nodes.existing";
    public const string NodesNames = "nodes.names";
    public const string NodesSearch = "nodes.search";

    public const string RelationsByIds = "relations.byIds";
    public const string RelationsOfNodes = "relations.ofNodes";
    public const string RelationsAmong = "relations.among";
    public const string RelationsNeighbours = "relations.neighbours";
    public const string RelationsShortestPaths = "relations.shortestPaths";

    public const string EvidenceByFacts = "evidence.byFacts";
    public const string EventsFind = "events.find";

    public const string DocumentsByIds = "documents.byIds";
    public const string DocumentsByHash = "documents.byHash";
    public const string DocumentsPage = "documents.page";
    public const string DocumentsAll = "documents.all";

    public const string StatsCounts = "stats.counts";

    public const string ExportNodeIds = "export.nodeIds";
    public const string ExportRelations = "export.relations";
    public const string ExportEvidence = "export.evidence";

    public const string CurationsList = "curations.list";
    public const string CurationsRecord = "curations.record";
    public const string CurationsRetractions = "curations.retractions";
    public const string CurationsRetractionsTouching = "curations.retractionsTouching";
    public const string CurationsRetract = "curations.retract";
    public const string CurationsAddAlias = "curations.addAlias";
    public const string CurationsHasCuratedAlias = "curations.hasCuratedAlias";
    public const string CurationsNextValues = "curations.nextValues";

    public const string ApplyDocumentState = "apply.documentState";
    public const string ApplyWithdraw = "apply.withdraw";
    public const string ApplyDocument = "apply.document";
    public const string ApplyEntities = "apply.entities";
    public const string ApplyEvents = "apply.events";
    public const string ApplyNames = "apply.names";
    public const string ApplyQuantities = "apply.quantities";
    public const string ApplyEvidence = "apply.evidence";
    public const string ApplyRelations = "apply.relations";

    public const string WritesSerialize = "writes.serialize";

    public const string FactsUnsupportedNodes = "facts.unsupportedNodes";
    public const string FactsCurated = "facts.curated";
    public const string FactsDeleteNodes = "facts.deleteNodes";
    public const string FactsDeleteRelations = "facts.deleteRelations";

    public const string MergeRelationsOf = "merge.relationsOf";
    public const string MergeMoveEvidence = "merge.moveEvidence";
    public const string MergeRedirectRelations = "merge.redirectRelations";
    public const string MergeMoveNode = "merge.moveNode";

    /// <summary>Sections of schema.cypher start with this; InitializeAsync runs them all, in file order.</summary>
    public const string SchemaPrefix = "schema.";
}
