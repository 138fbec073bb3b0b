// Creates articles' events with actor, target, the statement that claims them, and where they were reported.
UNWIND $events AS row
MATCH (article:Article {id: row.articleId})
MERGE (event:Event {id: row.id})
SET event += row.properties,
    event.date = date(row.date)
MERGE (event)-[:REPORTED_IN]->(article)
WITH event, row
CALL (event, row) {
  MATCH (actor:Entity {key: row.actorKey})
  MERGE (event)-[:ACTOR]->(actor)
}
CALL (event, row) {
  MATCH (target:Entity {key: row.targetKey})
  MERGE (event)-[:TARGET]->(target)
}
CALL (event, row) {
  MATCH (claim:Statement {id: row.claimId})
  MERGE (claim)-[claims:CLAIMS]->(event)
  SET claims.stance = row.stance
}
