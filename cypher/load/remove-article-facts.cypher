// Removes what an earlier load of this article wrote (mentions, statements, events) so no stale fact survives.
MATCH (article:Article {id: $articleId})
CALL (article) {
  MATCH (article)-[mention:MENTIONS]->(:Entity)
  DELETE mention
}
CALL (article) {
  MATCH (article)<-[:REPORTED_IN]-(fact)
  WHERE fact:Statement OR fact:Event
  DETACH DELETE fact
}
