// Reading nodes of the knowledge graph (entities and events). Ids of merged nodes resolve through their Redirect.

// name: nodes.byIds
// params: ids
// One row per queried id that resolves to a node; aliases and quantities are listed once each, in the order they
// were first stated, and evidenceCount counts the node's evidence.
UNWIND $ids AS query
OPTIONAL MATCH (rd:Redirect {mergedId: query})
WITH DISTINCT query, coalesce(rd.survivorId, query) AS id
MATCH (n:GraphNode {id: id})
RETURN query, n {
  .*,
  aliases: COLLECT {
    MATCH (a:Name {nodeId: n.id, alias: true})
    WITH a.name AS alias, min(a.seq) AS first
    RETURN alias ORDER BY first
  },
  quantities: COLLECT {
    MATCH (q:Quantity {eventId: n.id})
    WITH q.value AS value, q.counted AS counted, q.approximate AS approximate, q.text AS text, q.claimedBy AS claimedBy, min(q.seq) AS first
    RETURN {value: value, counted: counted, approximate: approximate, text: text, claimedBy: claimedBy} ORDER BY first
  },
  evidenceCount: COUNT { MATCH (ev:Evidence {factId: n.id}) }
} AS node

// name: nodes.resolve
// params: ids
// The survivor of each id that was merged away.
UNWIND $ids AS id
MATCH (rd:Redirect {mergedId: id})
RETURN id, rd.survivorId AS survivorId

// name: nodes.existing
// params: ids
// Which of these exact ids (no redirect) are nodes, with their kind and canonical name.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
RETURN n.id AS id, n.kind AS kind, n.name AS name

// name: nodes.names
// params: names
// Entities whose name or an alias has one of the given keys (Graph.Model.NameKey), kept apart by kind later.
UNWIND $names AS item
MATCH (nm:Name {key: item.key})
MATCH (e:Entity {id: nm.nodeId})
RETURN DISTINCT item.name AS query, e.id AS id, e.kind AS kind
ORDER BY query, id

// name: nodes.search
// params: match, key, kinds, candidates, first
// Candidate names from the full-text index (every word of the query as a prefix), then the same score as the
// SQLite store: 3 when the key equals the query, 2 when it starts with it, 1 otherwise; plus up to 0.5 for how much
// of the name the query covers and 0.1 for a canonical name over an alias. A node appears once, with its best name.
CALL db.index.fulltext.queryNodes('name_search', $match) YIELD node, score
WITH node AS nm, score AS relevance
ORDER BY relevance DESC
MATCH (n:GraphNode {id: nm.nodeId})
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH nm, n
LIMIT $candidates
WITH n, nm.name AS name, nm.alias AS alias,
  CASE WHEN nm.key = $key THEN 3.0 WHEN nm.key STARTS WITH $key THEN 2.0 ELSE 1.0 END
  + 0.5 * size($key) / CASE WHEN size(nm.key) > size($key) THEN size(nm.key) ELSE size($key) END
  + CASE WHEN nm.alias THEN 0.0 ELSE 0.1 END AS score
ORDER BY score DESC, alias, name
WITH n, collect({name: name, score: score})[0] AS best
RETURN n.id AS id, best.name AS matchedName, best.score AS score
ORDER BY score DESC, n.name, id
LIMIT $first
