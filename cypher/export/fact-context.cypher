// What completes each statement and event among these nodes (element ids from the same transaction): its article, for
// the citation; the entity that said a statement, those it is about and the agency it came through; an event's actor and target.
UNWIND $elementIds AS elementId
MATCH (fact) WHERE elementId(fact) = elementId AND (fact:Statement OR fact:Event)
CALL (fact) {
  MATCH (fact)-[:REPORTED_IN|ABOUT|VIA|ACTOR|TARGET]->(other)
  RETURN other
  UNION
  MATCH (other:Entity)-[:SAID]->(fact)
  RETURN other
}
RETURN DISTINCT elementId(other) AS elementId
