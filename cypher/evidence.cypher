// name: evidence.byFacts
// params: ids
// Evidence of many facts, keyed by the queried id (a merged node id reads its survivor's evidence).
UNWIND $ids AS query
OPTIONAL MATCH (rd:Redirect {mergedId: query})
WITH DISTINCT query, coalesce(rd.survivorId, query) AS id
MATCH (ev:Evidence {factId: id})
RETURN query, ev {.*} AS evidence
ORDER BY query, ev.documentId, ev.sentenceIndex, ev.start, ev.end, ev.seq
