// Removing facts: pruning what lost all its evidence, and retractions.

// name: facts.unsupportedNodes
// params: ids
// Nodes among these ids with no evidence, no curation targeting them and no relation left.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
WHERE NOT EXISTS { MATCH (ev:Evidence {factId: id}) }
  AND NOT EXISTS { MATCH (c:Curation {targetId: id}) }
  AND NOT EXISTS { MATCH (n)-[]-() }
RETURN DISTINCT n.id AS id

// name: facts.curated
// params: ids
// Which of these fact ids a curation targets.
UNWIND $ids AS id
MATCH (c:Curation {targetId: id})
RETURN DISTINCT id

// name: facts.deleteNodes
// params: ids
// Deletes nodes with everything that hangs on them: names, quantities, their evidence, their relationships and
// the evidence of those relationships.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
OPTIONAL MATCH (n)-[r]-()
WITH n, id, collect(r.id) AS relationIds
CALL (id) { MATCH (nm:Name {nodeId: id}) DELETE nm }
CALL (id) { MATCH (q:Quantity {eventId: id}) DELETE q }
CALL (id, relationIds) { UNWIND [id] + relationIds AS factId MATCH (ev:Evidence {factId: factId}) DELETE ev }
DETACH DELETE n

// name: facts.deleteRelations
// params: ids
// expand: each-relation-type
UNWIND $ids AS id
MATCH ()-[r:__RELATION_TYPE__ {id: id}]->()
CALL (id) { MATCH (ev:Evidence {factId: id}) DELETE ev }
DELETE r
