// How many neighbours a node has over each relationship type and direction (from Neo4j's degree store).
CALL () {
  MATCH (node:Entity {key: $id}) RETURN node
  UNION
  MATCH (node:Statement {id: $id}) RETURN node
  UNION
  MATCH (node:Event {id: $id}) RETURN node
  UNION
  MATCH (node:Article {id: $id}) RETURN node
}
MATCH (node)-[relationship]-(other)
RETURN type(relationship) AS type,
       CASE WHEN startNode(relationship) = node THEN 'out' ELSE 'in' END AS direction,
       count(*) AS count
ORDER BY count DESC, type
