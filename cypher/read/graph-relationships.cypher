// The relationships among these articles, their statements and events, and the entities they involve.
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})
CALL (article) {
  MATCH (article)-[relationship:MENTIONS]->(entity:Entity)
  RETURN article.id AS source, entity.key AS target, type(relationship) AS type, relationship.count AS count
  UNION ALL
  MATCH (article)<-[relationship:REPORTED_IN]-(fact)
  RETURN fact.id AS source, article.id AS target, type(relationship) AS type, null AS count
  UNION ALL
  MATCH (article)<-[:REPORTED_IN]-(fact)-[relationship:ABOUT|VIA|ACTOR|TARGET|CLAIMS]->(other)
  RETURN fact.id AS source, coalesce(other.key, other.id) AS target, type(relationship) AS type, null AS count
  UNION ALL
  MATCH (article)<-[:REPORTED_IN]-(statement:Statement)<-[relationship:SAID]-(speaker:Entity)
  RETURN speaker.key AS source, statement.id AS target, type(relationship) AS type, null AS count
}
RETURN source, target, type, count
