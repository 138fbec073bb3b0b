// Keys of the entities these articles link to (mentions, speakers, actors...), so any left unlinked can be removed.
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})
CALL (article) {
  MATCH (article)-[:MENTIONS]->(entity:Entity)
  RETURN entity
  UNION
  MATCH (article)<-[:REPORTED_IN]-()-[]-(entity:Entity)
  RETURN entity
}
RETURN collect(DISTINCT entity.key) AS keys
