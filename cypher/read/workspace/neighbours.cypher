// A node's neighbours over the chosen relationship types, filtered by outlet and statement kind, ordered, one page.
// Only the sort key the order asks for is computed, and the page is cut before the rows are projected (a top-k sort).
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
WITH node, relationship, other,
     CASE $order WHEN 'count' THEN COUNT { (other)--() } ELSE 0 END AS degree,
     CASE $order WHEN 'date' THEN coalesce(other.date, COLLECT { MATCH (other)-[:REPORTED_IN]->(dated:Article) RETURN dated.date }[0]) END AS day,
     CASE $order WHEN 'name' THEN coalesce(other.name, other.title, other.quote, other.id) END AS name
ORDER BY degree DESC, day IS NULL, day DESC, name, coalesce(other.key, other.id)
SKIP $offset
LIMIT $limit
OPTIONAL MATCH (other)-[:REPORTED_IN]->(source:Article)
WITH relationship, other, CASE WHEN other:Article THEN other ELSE source END AS article
RETURN CASE WHEN other:Entity THEN 'entity' WHEN other:Article THEN 'article'
            WHEN other:Statement THEN 'statement' ELSE 'event' END AS kind,
       CASE WHEN other:Entity THEN other {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon}
            WHEN other:Article THEN other {.id, .file, .title, .outlet, .url, .date, .length}
            ELSE other {.*} END AS data,
       article {.id, .outlet, .date} AS article,
       type(relationship) AS type,
       coalesce(startNode(relationship).key, startNode(relationship).id) AS source,
       coalesce(endNode(relationship).key, endNode(relationship).id) AS target,
       relationship.count AS count
