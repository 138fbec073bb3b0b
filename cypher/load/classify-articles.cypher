// For each incoming article: whether its text is stored already, and which stored articles of the same source it replaces.
UNWIND $articles AS incoming
OPTIONAL MATCH (same:Article {id: incoming.id})
CALL (incoming) {
  WITH incoming WHERE incoming.source IS NOT NULL
  MATCH (earlier:Article {source: incoming.source})
  WHERE earlier.id <> incoming.id
  RETURN collect(earlier.id) AS replaces
}
RETURN incoming.id AS id, same IS NOT NULL AS stored, replaces
