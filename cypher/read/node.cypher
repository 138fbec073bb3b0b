// One node by its stable key, whichever kind it is, with the text of its article (a fact's, or the article's own).
CALL () {
  MATCH (entity:Entity {key: $id})
  RETURN entity.type AS type, entity {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon} AS data,
         null AS article, null AS text
  UNION
  MATCH (statement:Statement {id: $id})-[:REPORTED_IN]->(article:Article)
  RETURN 'statement' AS type, statement {.*} AS data,
         article {.id, .title, .outlet, .date, .url} AS article, article.text AS text
  UNION
  MATCH (event:Event {id: $id})-[:REPORTED_IN]->(article:Article)
  RETURN 'event' AS type, event {.*} AS data,
         article {.id, .title, .outlet, .date, .url} AS article, article.text AS text
  UNION
  MATCH (article:Article {id: $id})
  RETURN 'article' AS type, article {.id, .file, .title, .outlet, .url, .date, .length} AS data,
         null AS article, article.text AS text
}
RETURN type, data, article, text
LIMIT 1
