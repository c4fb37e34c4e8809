// Schema of the Neo4j store: constraints and indexes, created by IGraphStore.InitializeAsync one statement at a
// time, in this order. Every statement is idempotent (IF NOT EXISTS). Needs Neo4j 5.26 LTS or 2025.x.
//
// Data model (labels PascalCase, relationship types UPPER_SNAKE_CASE, properties camelCase):
//   (:GraphNode:Entity:Person|State|Organization|Place {id, kind, name, subtype, discovered, confidence})
//   (:GraphNode:Event {id, kind, type, name, timeStart, timeEnd, timePrecision, timeInferred, timeText, summary, confidence})
//   (:GraphNode)-[:HOLDS_OFFICE|MEMBER_OF|...|LOCATION {id, role, timeStart, ..., confidence}]->(:GraphNode)
//   (:Document {id, seq, contentHash, title, publisher, author, published*, url, sourcePath, ingestedAt, length, text})
//   (:Name {nodeId, name, key, alias, documentId, seq})        names and aliases with the document that stated them
//   (:Quantity {eventId, documentId, seq, value, counted, approximate, text, claimedBy})
//   (:Evidence {factId, documentId, seq, sentenceIndex, start, end, sentence, rule, confidence})
//   (:Redirect {mergedId, survivorId}), (:Retraction {factId, type, fromId, toId, role}),
//   (:Curation {sequence, action, targetId, otherId, value, actor, reason, at}), (:Counter {name, value})
// Only facts are relationships: names, quantities, evidence, documents and curations are nodes without any, so a
// traversal over relationships only ever walks the knowledge graph. Dates are Cypher DATE values; ingestedAt and
// at are ISO-8601 UTC strings; seq values come from the Counter named 'seq' and order what was stated first.

// name: schema.graphNodeId
// params:
CREATE CONSTRAINT graph_node_id IF NOT EXISTS FOR (n:GraphNode) REQUIRE n.id IS UNIQUE

// name: schema.entityId
// params:
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE

// name: schema.personId
// params:
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE

// name: schema.stateId
// params:
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE

// name: schema.organizationId
// params:
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE

// name: schema.placeId
// params:
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE

// name: schema.eventId
// params:
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE

// name: schema.documentId
// params:
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE

// name: schema.redirectMergedId
// params:
CREATE CONSTRAINT redirect_merged_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.mergedId IS UNIQUE

// name: schema.retractionFactId
// params:
CREATE CONSTRAINT retraction_fact_id IF NOT EXISTS FOR (n:Retraction) REQUIRE n.factId IS UNIQUE

// name: schema.curationSequence
// params:
CREATE CONSTRAINT curation_sequence IF NOT EXISTS FOR (n:Curation) REQUIRE n.sequence IS UNIQUE

// name: schema.counterName
// params:
CREATE CONSTRAINT counter_name IF NOT EXISTS FOR (n:Counter) REQUIRE n.name IS UNIQUE

// name: schema.eventTime
// params:
CREATE INDEX event_time IF NOT EXISTS FOR (n:Event) ON (n.timeStart)

// name: schema.documentHash
// params:
CREATE INDEX document_hash IF NOT EXISTS FOR (n:Document) ON (n.contentHash)

// name: schema.documentSeq
// params:
CREATE INDEX document_seq IF NOT EXISTS FOR (n:Document) ON (n.seq)

// name: schema.nameKey
// params:
CREATE INDEX name_key IF NOT EXISTS FOR (n:Name) ON (n.key)

// name: schema.nameNode
// params:
CREATE INDEX name_node IF NOT EXISTS FOR (n:Name) ON (n.nodeId)

// name: schema.nameDocument
// params:
CREATE INDEX name_document IF NOT EXISTS FOR (n:Name) ON (n.documentId)

// name: schema.quantityEvent
// params:
CREATE INDEX quantity_event IF NOT EXISTS FOR (n:Quantity) ON (n.eventId)

// name: schema.quantityDocument
// params:
CREATE INDEX quantity_document IF NOT EXISTS FOR (n:Quantity) ON (n.documentId)

// name: schema.evidenceFact
// params:
CREATE INDEX evidence_fact IF NOT EXISTS FOR (n:Evidence) ON (n.factId)

// name: schema.evidenceDocument
// params:
CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.documentId)

// name: schema.redirectSurvivor
// params:
CREATE INDEX redirect_survivor IF NOT EXISTS FOR (n:Redirect) ON (n.survivorId)

// name: schema.retractionFrom
// params:
CREATE INDEX retraction_from IF NOT EXISTS FOR (n:Retraction) ON (n.fromId)

// name: schema.retractionTo
// params:
CREATE INDEX retraction_to IF NOT EXISTS FOR (n:Retraction) ON (n.toId)

// name: schema.curationTarget
// params:
CREATE INDEX curation_target IF NOT EXISTS FOR (n:Curation) ON (n.targetId)

// name: schema.curationOther
// params:
CREATE INDEX curation_other IF NOT EXISTS FOR (n:Curation) ON (n.otherId)

// name: schema.nameSearch
// params:
// Names and aliases are indexed by their key (Graph.Model.NameKey.Normalize): accents and case are already folded
// by the store, so the search is accent- and case-insensitive in any script, and words are separated by single
// spaces. The 'whitespace' analyzer keeps exactly those words. 'standard-folding' would fold accents too, but it also
// drops English stop words, and names hold them ("Bosnia and Herzegovina", "The Hague"): a query for them would fail.
CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Name) ON EACH [n.key]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } }

// name: schema.relationId
// params:
// expand: each-relation-type
// One range index per relationship type (Neo4j indexes relationship properties per type).
CREATE INDEX relation_id___RELATION_TYPE__ IF NOT EXISTS FOR ()-[r:__RELATION_TYPE__]-() ON (r.id)
