// Reading relations. Each relationship type has its own property index on id, so lookups by id run once per
// type from the fixed list of Graph.Model.RelationType (see "expand" in Cypher/CypherCatalog.cs).

// name: relations.byIds
// params: ids
// expand: union-relation-types
// An id that a merge re-keyed resolves to the relation's new id.
UNWIND $ids AS query
OPTIONAL MATCH (rd:Redirect {mergedId: query})
WITH DISTINCT query, coalesce(rd.survivorId, query) AS id
MATCH (a:GraphNode)-[r:__RELATION_TYPE__ {id: id}]->(b:GraphNode)
RETURN query, r {.*, type: type(r), from: a.id, to: b.id, evidenceCount: COUNT { MATCH (ev:Evidence {factId: r.id}) }} AS relation

// name: relations.ofNodes
// params: ids, types, outgoing, incoming
// Relations of many nodes, keyed by the queried id; a relation between two queried nodes appears under both.
UNWIND $ids AS query
OPTIONAL MATCH (rd:Redirect {mergedId: query})
WITH DISTINCT query, coalesce(rd.survivorId, query) AS id
MATCH (n:GraphNode {id: id})-[r]-(m:GraphNode)
WITH query, r, startNode(r) = n AS isOutgoing
WHERE ($types IS NULL OR type(r) IN $types)
  AND ((isOutgoing AND $outgoing) OR (NOT isOutgoing AND $incoming))
RETURN DISTINCT query, r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id, evidenceCount: COUNT { MATCH (ev:Evidence {factId: r.id}) }} AS relation

// name: relations.among
// params: ids, types
// The relations whose two ends are both among the given nodes.
MATCH (a:GraphNode)-[r]->(b:GraphNode)
WHERE a.id IN $ids AND b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
RETURN r {.*, type: type(r), from: a.id, to: b.id, evidenceCount: COUNT { MATCH (ev:Evidence {factId: r.id}) }} AS relation
ORDER BY r.id

// name: relations.neighbours
// params: frontier, seen, types, limit
// One breadth-first level: the new neighbours of the whole frontier, edges followed both ways, sorted by id so
// that cutting the level at the node limit is deterministic.
UNWIND $frontier AS fid
MATCH (a:GraphNode {id: fid})-[r]-(b:GraphNode)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT b.id IN $seen
RETURN DISTINCT b.id AS id
ORDER BY id
LIMIT $limit

// name: relations.shortestPaths
// params: from, to, maxHops, limit
// All shortest paths, edges followed both ways. A variable-length bound cannot be a parameter, so the pattern
// has a fixed ceiling (Neo4jGraphStore.MaxPathHops) and the requested maximum filters the paths found. The filter
// follows a WITH on purpose: a WHERE right after the pattern would become part of the shortest-path search, and a
// predicate it cannot check during the search makes Neo4j fall back to an exhaustive one.
MATCH p = allShortestPaths((a:GraphNode {id: $from})-[*..12]-(b:GraphNode {id: $to}))
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relationIds
LIMIT $limit
