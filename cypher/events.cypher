// name: events.find
// params: types, involving, roles, involvingAtLeast, mediatedBy, place, from, to, descending, afterRank, afterKey, afterId, limit
// Events filtered by type, participant (and role), mediator, place and time window; a null filter is no filter.
// With involving given, an event must have edges to at least involvingAtLeast distinct ones of those ids.
// Order: events with a time first, by start (ascending or descending), then events without one; ties by id.
// The sort key is (rank, key, id) with rank 1 for an event without a time and key the start day number, negated
// when descending; the page starts after the key of the cursor and the total counts every matching event.
OPTIONAL MATCH (irs:Redirect) WHERE irs.mergedId IN coalesce($involving, [])
WITH collect(irs.survivorId) + coalesce($involving, []) AS involving
OPTIONAL MATCH (mrs:Redirect) WHERE mrs.mergedId IN coalesce($mediatedBy, [])
WITH involving, collect(mrs.survivorId) + coalesce($mediatedBy, []) AS mediators
OPTIONAL MATCH (prs:Redirect {mergedId: $place})
WITH involving, mediators, coalesce(prs.survivorId, $place) AS place
MATCH (e:Event)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($involving IS NULL OR COUNT {
        MATCH (e)-[r]->(x:GraphNode) WHERE x.id IN involving AND ($roles IS NULL OR type(r) IN $roles)
        RETURN DISTINCT x.id } >= $involvingAtLeast)
  AND ($mediatedBy IS NULL OR EXISTS { MATCH (e)-[:MEDIATOR|BROKER]->(x:GraphNode) WHERE x.id IN mediators })
  AND (place IS NULL OR EXISTS { MATCH (e)-[:LOCATION]->(x:GraphNode {id: place}) })
  AND ($from IS NULL OR (e.timeEnd IS NOT NULL AND e.timeEnd >= date($from)))
  AND ($to IS NULL OR (e.timeStart IS NOT NULL AND e.timeStart <= date($to)))
WITH e.id AS id,
  CASE WHEN e.timeStart IS NULL THEN 1 ELSE 0 END AS rank,
  CASE WHEN e.timeStart IS NULL THEN 0
       WHEN $descending THEN -duration.inDays(date('0001-01-01'), e.timeStart).days
       ELSE duration.inDays(date('0001-01-01'), e.timeStart).days END AS key
ORDER BY rank, key, id
WITH collect({id: id, rank: rank, key: key}) AS matching
RETURN size(matching) AS total,
  [m IN matching WHERE $afterId IS NULL
      OR m.rank > $afterRank
      OR (m.rank = $afterRank AND (m.key > $afterKey OR (m.key = $afterKey AND m.id > $afterId)))][0..$limit] AS page
