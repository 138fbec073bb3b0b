// The exported nodes (these element ids, or every node when $elementIds is null) with their stored properties;
// a statement or event also brings its article's reference and the sentence it came from, cut at its offsets.
CALL () {
  MATCH (node) WHERE $elementIds IS NULL
  RETURN node
  UNION ALL
  UNWIND coalesce($elementIds, []) AS elementId
  MATCH (node) WHERE elementId(node) = elementId
  RETURN node
}
WITH node WHERE node:Entity OR node:Article OR node:Statement OR node:Event
OPTIONAL MATCH (node)-[:REPORTED_IN]->(article:Article)
RETURN CASE WHEN node:Entity THEN 'entity' WHEN node:Article THEN 'article' WHEN node:Statement THEN 'statement' ELSE 'event' END AS kind,
       CASE WHEN node:Entity THEN node {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon}
            WHEN node:Article THEN node {.id, .file, .title, .outlet, .url, .date, .length}
            ELSE node {.*} END AS data,
       article {.id, .title, .outlet, .date, .url} AS article,
       CASE WHEN article IS NULL THEN null
            ELSE substring(article.text, node.sentenceStart, node.sentenceEnd - node.sentenceStart) END AS sentenceText
