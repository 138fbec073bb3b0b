// Full-text search over entity names and aliases and over statement quotes, best matches first.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $terms, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_quotes', $terms, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, score
ORDER BY score DESC, coalesce(node.key, node.id)
LIMIT $limit
OPTIONAL MATCH (node:Statement)-[:REPORTED_IN]->(article:Article)
RETURN CASE WHEN node:Statement THEN 'statement' ELSE 'entity' END AS kind,
       CASE WHEN node:Statement THEN node {.*}
            ELSE node {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon} END AS data,
       article {.id, .outlet, .date} AS article,
       score
