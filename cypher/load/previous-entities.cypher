// Keys of the entities an earlier load of this article linked to, so that any left unlinked can be removed.
MATCH (article:Article {id: $articleId})
CALL (article) {
  MATCH (article)-[:MENTIONS]->(entity:Entity)
  RETURN entity
  UNION
  MATCH (article)<-[:REPORTED_IN]-()-[]-(entity:Entity)
  RETURN entity
}
RETURN collect(entity.key) AS keys
