// A node's neighbours over the chosen relationship types, filtered by outlet and statement kind, ordered, one page.
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
OPTIONAL MATCH (other)-[:REPORTED_IN]->(source:Article)
WITH node, relationship, other, CASE WHEN other:Article THEN other ELSE source END AS article
WHERE $outlets IS NULL OR article IS NULL OR article.outlet IN $outlets
WITH node, relationship, other, article,
     COUNT { (other)--() } AS degree,
     coalesce(other.date, article.date) AS day,
     coalesce(other.name, other.title, other.quote, other.id) AS name
ORDER BY
  CASE $order WHEN 'count' THEN -degree ELSE 0 END,
  CASE $order WHEN 'date' THEN day IS NULL ELSE false END,
  CASE $order WHEN 'date' THEN day END DESC,
  name, coalesce(other.key, other.id)
WITH collect({node: node, relationship: relationship, other: other, article: article}) AS matches
UNWIND matches[$offset..($offset + $limit)] AS match
WITH size(matches) AS total, match.node AS node, match.relationship AS relationship, match.other AS other, match.article AS article
RETURN total,
       CASE WHEN other:Entity THEN 'entity' WHEN other:Article THEN 'article'
            WHEN other:Statement THEN 'statement' ELSE 'event' END AS kind,
       CASE WHEN other:Entity THEN other {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon}
            WHEN other:Article THEN other {.id, .file, .title, .outlet, .url, .date, .length}
            ELSE other {.*} END AS data,
       article {.id, .outlet, .date} AS article,
       type(relationship) AS type,
       coalesce(startNode(relationship).key, startNode(relationship).id) AS source,
       coalesce(endNode(relationship).key, endNode(relationship).id) AS target,
       relationship.count AS count
