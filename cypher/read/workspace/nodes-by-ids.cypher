// These nodes, whichever kind each is, with the article of each statement and event.
UNWIND $ids AS id
CALL (id) {
  MATCH (node:Entity {key: id})
  RETURN 'entity' AS kind, node {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon} AS data, null AS article
  UNION
  MATCH (node:Statement {id: id})-[:REPORTED_IN]->(article:Article)
  RETURN 'statement' AS kind, node {.*} AS data, article {.id, .outlet, .date} AS article
  UNION
  MATCH (node:Event {id: id})-[:REPORTED_IN]->(article:Article)
  RETURN 'event' AS kind, node {.*} AS data, article {.id, .outlet, .date} AS article
  UNION
  MATCH (node:Article {id: id})
  RETURN 'article' AS kind, node {.id, .file, .title, .outlet, .url, .date, .length} AS data, null AS article
}
RETURN kind, data, article
