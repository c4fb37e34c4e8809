// Applying one document's facts: every statement here runs inside the one explicit transaction of
// IGraphStore.ApplyDocumentAsync, so a document applies whole or not at all. Rows are batched with UNWIND.

// name: apply.documentState
// params: documentId
OPTIONAL MATCH (d:Document {id: $documentId})
RETURN d.contentHash AS contentHash

// name: apply.withdraw
// params: documentId
// Withdraws what a previous version of the document stated: its aliases, quantities and evidence. Returns the ids of
// the facts that lost evidence and of the events that lost quantities; the store then prunes those left with none.
OPTIONAL MATCH (nm:Name {documentId: $documentId})
DELETE nm
WITH count(*) AS names
OPTIONAL MATCH (q:Quantity {documentId: $documentId})
WITH q, q.eventId AS eventId
DELETE q
WITH collect(DISTINCT eventId) AS eventIds
OPTIONAL MATCH (ev:Evidence {documentId: $documentId})
WITH eventIds, ev, ev.factId AS factId
DELETE ev
RETURN collect(DISTINCT factId) AS factIds, eventIds

// name: apply.document
// params: document
// A new version of a document takes a new seq: lists show documents newest-ingested first.
MERGE (d:Document {id: $document.id})
SET d.seq = $document.seq, d.contentHash = $document.contentHash, d.title = $document.title,
    d.publisher = $document.publisher, d.author = $document.author,
    d.publishedStart = date($document.publishedStart), d.publishedEnd = date($document.publishedEnd),
    d.publishedPrecision = $document.publishedPrecision, d.publishedInferred = $document.publishedInferred,
    d.publishedText = $document.publishedText, d.url = $document.url, d.sourcePath = $document.sourcePath,
    d.ingestedAt = $document.ingestedAt, d.length = $document.length, d.text = $document.text

// name: apply.entities
// params: entities
// Labels cannot be parameters: the kind label is set from a fixed set of literal labels.
UNWIND $entities AS row
MERGE (n:GraphNode {id: row.id})
ON CREATE SET n.kind = row.kind, n.name = row.name, n.subtype = row.subtype, n.discovered = row.discovered,
              n.confidence = row.confidence
ON MATCH SET n.subtype = coalesce(n.subtype, row.subtype),
             n.discovered = n.discovered AND row.discovered,
             n.confidence = CASE WHEN row.confidence > n.confidence THEN row.confidence ELSE n.confidence END
SET n:Entity
FOREACH (ignored IN CASE WHEN row.kind = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (ignored IN CASE WHEN row.kind = 'State' THEN [1] ELSE [] END | SET n:State)
FOREACH (ignored IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (ignored IN CASE WHEN row.kind = 'Place' THEN [1] ELSE [] END | SET n:Place)

// name: apply.events
// params: events
// A time, summary or higher confidence stated by a later document fills what the event lacks.
UNWIND $events AS row
MERGE (n:GraphNode {id: row.id})
ON CREATE SET n.kind = 'Event', n.type = row.type, n.name = row.name, n.summary = row.summary,
              n.confidence = row.confidence, n.timeStart = date(row.timeStart), n.timeEnd = date(row.timeEnd),
              n.timePrecision = row.timePrecision, n.timeInferred = row.timeInferred, n.timeText = row.timeText
ON MATCH SET n.summary = coalesce(n.summary, row.summary),
             n.confidence = CASE WHEN row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
             n += CASE WHEN n.timeStart IS NULL AND row.timeStart IS NOT NULL
                       THEN {timeStart: date(row.timeStart), timeEnd: date(row.timeEnd), timePrecision: row.timePrecision,
                             timeInferred: row.timeInferred, timeText: row.timeText}
                       ELSE {} END
SET n:Event

// name: apply.names
// params: names
UNWIND $names AS row
MERGE (nm:Name {nodeId: row.nodeId, alias: row.alias, name: row.name, documentId: row.documentId})
ON CREATE SET nm.key = row.key, nm.seq = row.seq

// name: apply.quantities
// params: quantities
UNWIND $quantities AS row
CREATE (:Quantity {eventId: row.eventId, documentId: row.documentId, seq: row.seq, value: row.value,
                   counted: row.counted, approximate: row.approximate, text: row.text, claimedBy: row.claimedBy})

// name: apply.evidence
// params: evidence
UNWIND $evidence AS row
CREATE (:Evidence {factId: row.factId, documentId: row.documentId, seq: row.seq, sentenceIndex: row.sentenceIndex,
                   start: row.start, end: row.end, sentence: row.sentence, rule: row.rule, confidence: row.confidence})

// name: apply.relations
// params: relations
// expand: each-relation-type
// Relationship types cannot be parameters either: there is one statement per type of Graph.Model.RelationType
// (a fixed list, never a caller's value), and the store sends each batch to the statement of its type.
UNWIND $relations AS row
MATCH (a:GraphNode {id: row.from})
MATCH (b:GraphNode {id: row.to})
MERGE (a)-[r:__RELATION_TYPE__ {id: row.id}]->(b)
ON CREATE SET r.role = row.role, r.confidence = row.confidence, r.timeStart = date(row.timeStart),
              r.timeEnd = date(row.timeEnd), r.timePrecision = row.timePrecision, r.timeInferred = row.timeInferred,
              r.timeText = row.timeText
ON MATCH SET r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
             r += CASE WHEN r.timeStart IS NULL AND row.timeStart IS NOT NULL
                       THEN {timeStart: date(row.timeStart), timeEnd: date(row.timeEnd), timePrecision: row.timePrecision,
                             timeInferred: row.timeInferred, timeText: row.timeText}
                       ELSE {} END
