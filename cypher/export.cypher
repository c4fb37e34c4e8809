// The whole graph, read in one transaction in a canonical order (ids ascending; evidence by fact, then position).

// name: export.nodeIds
// params:
MATCH (n:GraphNode)
RETURN n.id AS id, n.kind AS kind
ORDER BY id

// name: export.relations
// params:
MATCH (a:GraphNode)-[r]->(b:GraphNode)
RETURN r {.*, type: type(r), from: a.id, to: b.id, evidenceCount: COUNT { MATCH (ev:Evidence {factId: r.id}) }} AS relation
ORDER BY r.id

// name: export.evidence
// params:
MATCH (ev:Evidence)
RETURN ev {.*} AS evidence
ORDER BY ev.factId, ev.documentId, ev.sentenceIndex, ev.start, ev.end, ev.seq
