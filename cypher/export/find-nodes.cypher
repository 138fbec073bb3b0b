// The nodes with these stable ids (entity keys, article, statement and event ids), as element ids for the rest of the export's transaction.
UNWIND $ids AS id
CALL (id) {
  MATCH (node:Entity {key: id}) RETURN node
  UNION
  MATCH (node:Article {id: id}) RETURN node
  UNION
  MATCH (node:Statement {id: id}) RETURN node
  UNION
  MATCH (node:Event {id: id}) RETURN node
}
RETURN id, elementId(node) AS elementId
