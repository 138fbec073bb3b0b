// One article, the statements and events it reports, and the entities it mentions or they involve, as element ids.
MATCH (article:Article {id: $articleId})
CALL (article) {
  RETURN article AS node
  UNION
  MATCH (article)<-[:REPORTED_IN]-(node) RETURN node
  UNION
  MATCH (article)-[:MENTIONS]->(node:Entity) RETURN node
  UNION
  MATCH (article)<-[:REPORTED_IN]-()-[]-(node:Entity) RETURN node
}
RETURN elementId(node) AS elementId
