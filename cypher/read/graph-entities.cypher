// The entities these articles mention or whose statements and events they report.
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})
CALL (article) {
  MATCH (article)-[:MENTIONS]->(entity:Entity)
  RETURN entity
  UNION
  MATCH (article)<-[:REPORTED_IN]-()-[]-(entity:Entity)
  RETURN entity
}
WITH DISTINCT entity
RETURN entity {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon} AS entity
ORDER BY entity.key
