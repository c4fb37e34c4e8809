// Source documents. The text is read only when asked for.

// name: documents.byIds
// params: ids, includeText
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN DISTINCT d {
  .id, .seq, .contentHash, .title, .publisher, .author, .publishedStart, .publishedEnd, .publishedPrecision,
  .publishedInferred, .publishedText, .url, .sourcePath, .ingestedAt, .length,
  text: CASE WHEN $includeText THEN d.text ELSE null END
} AS document

// name: documents.byHash
// params: contentHash
MATCH (d:Document {contentHash: $contentHash})
RETURN d.id AS id
ORDER BY d.seq DESC
LIMIT 1

// name: documents.page
// params: afterSeq, limit
// Newest-ingested first: by seq, which every applied version of a document takes anew.
MATCH (d:Document)
WITH d.id AS id, d.seq AS seq
ORDER BY seq DESC
WITH collect({id: id, seq: seq}) AS documents
RETURN size(documents) AS total, [x IN documents WHERE $afterSeq IS NULL OR x.seq < $afterSeq][0..$limit] AS page

// name: documents.all
// params:
MATCH (d:Document)
RETURN d.id AS id
ORDER BY id
