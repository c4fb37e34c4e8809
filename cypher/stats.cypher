// name: stats.counts
// params:
RETURN
  COUNT { MATCH (:Person) } AS persons,
  COUNT { MATCH (:State) } AS states,
  COUNT { MATCH (:Organization) } AS organizations,
  COUNT { MATCH (:Place) } AS places,
  COUNT { MATCH (:Event) } AS events,
  COUNT { MATCH (:Document) } AS documents,
  COUNT { MATCH (:GraphNode)-[]->(:GraphNode) } AS relations,
  COUNT { MATCH (:Evidence) } AS evidence,
  COUNT { MATCH (:Curation) } AS curations
