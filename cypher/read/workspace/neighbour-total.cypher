// How many of a node's neighbours pass the relationship-type, outlet and statement-kind filters (the page's total).
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
WHERE ($types IS NULL OR type(relationship) IN $types)
  AND ($kinds IS NULL OR NOT other:Statement OR other.kind IN $kinds)
  AND ($outlets IS NULL OR other:Entity OR other.outlet IN $outlets
       OR EXISTS { (other)-[:REPORTED_IN]->(reporting:Article) WHERE reporting.outlet IN $outlets })
RETURN count(*) AS total
