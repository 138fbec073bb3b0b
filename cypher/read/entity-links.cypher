// The entity graph: pairs of entities linked through one statement (speaker, subjects, agency) or one event
// (actor, target, claimant), weighted by how many statements and events link them; one article's, or all.
CALL () {
  MATCH (statement:Statement)-[:REPORTED_IN]->(article:Article)
  WHERE $articleId IS NULL OR article.id = $articleId
  RETURN [(statement)<-[:SAID]-(entity:Entity) | entity.key] + [(statement)-[:ABOUT|VIA]->(entity:Entity) | entity.key] AS keys
  UNION ALL
  MATCH (event:Event)-[:REPORTED_IN]->(article:Article)
  WHERE $articleId IS NULL OR article.id = $articleId
  RETURN [(event)-[:ACTOR|TARGET]->(entity:Entity) | entity.key]
         + [(event)<-[:CLAIMS]-(:Statement)<-[:SAID]-(entity:Entity) | entity.key] AS keys
}
WITH reduce(distinct = [], key IN keys | CASE WHEN key IN distinct THEN distinct ELSE distinct + key END) AS keys
WHERE size(keys) > 1
UNWIND range(0, size(keys) - 2) AS i
UNWIND range(i + 1, size(keys) - 1) AS j
WITH CASE WHEN keys[i] < keys[j] THEN keys[i] ELSE keys[j] END AS source,
     CASE WHEN keys[i] < keys[j] THEN keys[j] ELSE keys[i] END AS target
RETURN source, target, count(*) AS weight
