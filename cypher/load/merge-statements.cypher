// Creates articles' statements with who said them, what about, through whom, and where they were reported.
UNWIND $statements AS row
MATCH (article:Article {id: row.articleId})
MERGE (statement:Statement {id: row.id})
SET statement += row.properties
MERGE (statement)-[:REPORTED_IN]->(article)
WITH statement, row
CALL (statement, row) {
  MATCH (speaker:Entity {key: row.speakerKey})
  MERGE (speaker)-[:SAID]->(statement)
}
CALL (statement, row) {
  MATCH (via:Entity {key: row.viaKey})
  MERGE (statement)-[:VIA]->(via)
}
CALL (statement, row) {
  UNWIND row.about AS aboutKey
  MATCH (subject:Entity {key: aboutKey})
  MERGE (statement)-[:ABOUT]->(subject)
}
