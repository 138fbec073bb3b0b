// Removes what earlier loads of these articles wrote (mentions, statements, events) so no stale fact survives.
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})
CALL (article) {
  MATCH (article)-[mention:MENTIONS]->(:Entity)
  DELETE mention
}
CALL (article) {
  MATCH (article)<-[:REPORTED_IN]-(fact)
  WHERE fact:Statement OR fact:Event
  DETACH DELETE fact
}
