// Merging one node into another (IGraphStore.MergeNodesAsync), inside one explicit transaction. The store reads the
// merged node's relations, gives each its new id (ids follow from content, Graph.Model.FactIds.Relation), writes them
// onto the survivor with apply.relations, moves the evidence, then moves what is left with merge.moveNode.

// name: merge.relationsOf
// params: id
MATCH (n:GraphNode {id: $id})-[r]-(:GraphNode)
RETURN DISTINCT r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation

// name: merge.moveEvidence
// params: moves
UNWIND $moves AS row
WITH row.from AS oldId, row.to AS newId
MATCH (ev:Evidence {factId: oldId})
SET ev.factId = newId

// name: merge.redirectRelations
// params: moves
// A relation re-keyed by a merge keeps answering to its old id (and to ids that already redirected to it).
UNWIND $moves AS row
WITH row.from AS oldId, row.to AS newId
CALL (oldId, newId) { MATCH (rd:Redirect {survivorId: oldId}) SET rd.survivorId = newId }
MERGE (redirect:Redirect {mergedId: oldId})
SET redirect.survivorId = newId

// name: merge.moveNode
// params: mergedId, survivorId
// The survivor keeps its own attributes and takes those it lacks from the merged node; the merged node's aliases
// become the survivor's (its canonical name is added as a curated alias by the store), its quantities and evidence
// move, ids that redirected to it redirect to the survivor, and so does the merged id from now on. The merged node
// goes with its relationships, which the store has already rewritten onto the survivor.
MATCH (m:GraphNode {id: $mergedId})
MATCH (s:GraphNode {id: $survivorId})
SET s.subtype = coalesce(s.subtype, m.subtype),
    s.summary = coalesce(s.summary, m.summary),
    s.discovered = s.discovered AND m.discovered,
    s.confidence = CASE WHEN m.confidence > s.confidence THEN m.confidence ELSE s.confidence END
SET s += CASE WHEN s.timeStart IS NULL AND m.timeStart IS NOT NULL
              THEN {timeStart: m.timeStart, timeEnd: m.timeEnd, timePrecision: m.timePrecision,
                    timeInferred: m.timeInferred, timeText: m.timeText}
              ELSE {} END
WITH m, s
CALL (m, s) { MATCH (nm:Name {nodeId: m.id}) WHERE nm.alias SET nm.nodeId = s.id }
CALL (m) { MATCH (nm:Name {nodeId: m.id}) DELETE nm }
CALL (s) { MATCH (nm:Name {nodeId: s.id, alias: true}) WHERE nm.name = s.name DELETE nm }
CALL (m, s) { MATCH (q:Quantity {eventId: m.id}) SET q.eventId = s.id }
CALL (m, s) { MATCH (ev:Evidence {factId: m.id}) SET ev.factId = s.id }
CALL (m, s) { MATCH (rd:Redirect {survivorId: m.id}) SET rd.survivorId = s.id }
MERGE (redirect:Redirect {mergedId: m.id})
SET redirect.survivorId = s.id
DETACH DELETE m
