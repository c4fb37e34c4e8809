// Curations: merges, added aliases and retractions, kept in a log and honoured by every later write.

// name: curations.list
// params: targetId
// The log, oldest first; with a target, the entries naming it (or the node it was merged into).
OPTIONAL MATCH (rd:Redirect {mergedId: $targetId})
WITH [x IN [$targetId, rd.survivorId] WHERE x IS NOT NULL] AS targets
MATCH (c:Curation)
WHERE $targetId IS NULL OR c.targetId IN targets OR c.otherId IN targets
RETURN c {.*} AS curation
ORDER BY c.sequence

// name: curations.record
// params: sequence, action, targetId, otherId, value, actor, reason, at
CREATE (c:Curation {sequence: $sequence, action: $action, targetId: $targetId, otherId: $otherId, value: $value,
                    actor: $actor, reason: $reason, at: $at})

// name: curations.retractions
// params: ids
// Which of these fact ids are retracted.
UNWIND $ids AS id
MATCH (rt:Retraction {factId: id})
RETURN rt.factId AS factId

// name: curations.retractionsTouching
// params: nodeId
// Retracted relations with this node at either end (a merge retracts their re-keyed form too).
MATCH (rt:Retraction)
WHERE rt.type IS NOT NULL AND (rt.fromId = $nodeId OR rt.toId = $nodeId)
RETURN rt {.*} AS retraction

// name: curations.retract
// params: factId, type, fromId, toId, role
// A retracted relation keeps its content (type as its Cypher name, ends, role); a retracted node only its id.
MERGE (rt:Retraction {factId: $factId})
ON CREATE SET rt.type = $type, rt.fromId = $fromId, rt.toId = $toId, rt.role = $role

// name: curations.addAlias
// params: nodeId, name, key, seq
// A curated alias (documentId '') survives the withdrawal of every document.
MERGE (nm:Name {nodeId: $nodeId, alias: true, name: $name, documentId: ''})
ON CREATE SET nm.key = $key, nm.seq = $seq

// name: curations.hasCuratedAlias
// params: nodeId, name
OPTIONAL MATCH (nm:Name {nodeId: $nodeId, alias: true, name: $name, documentId: ''})
RETURN nm IS NOT NULL AS curated
LIMIT 1

// name: curations.nextValues
// params: name, count
// Reserves count consecutive values of a named counter; returns the last one.
MERGE (c:Counter {name: $name})
ON CREATE SET c.value = 0
SET c.value = c.value + $count
RETURN c.value AS last
