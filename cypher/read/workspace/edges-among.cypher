// The relationships whose two ends are both among these nodes, so a canvas built piece by piece stays connected.
UNWIND $ids AS id
CALL (id) {
  MATCH (node:Entity {key: id}) RETURN node
  UNION
  MATCH (node:Statement {id: id}) RETURN node
  UNION
  MATCH (node:Event {id: id}) RETURN node
  UNION
  MATCH (node:Article {id: id}) RETURN node
}
MATCH (node)-[relationship]->(other)
WITH relationship, node, coalesce(other.key, other.id) AS target
WHERE target IN $ids
RETURN type(relationship) AS type, coalesce(node.key, node.id) AS source, target, relationship.count AS count
LIMIT $limit
