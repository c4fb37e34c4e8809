// name: writes.serialize
// params:
// The first statement of every write transaction. Updating this one node takes its write lock, which Neo4j holds
// until the transaction ends, so writes run one after another: what a write read (which nodes exist, what is
// retracted, whether a relation is new) stays true until it commits, as with the SQLite store's single writer.
MERGE (c:Counter {name: 'writes'})
ON CREATE SET c.value = 0
SET c.value = c.value + 1
