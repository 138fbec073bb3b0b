// One node by its stable key, whichever kind it is; for a statement or event also its article and that article's
// text, for an entity how many statements it made.
CALL () {
  MATCH (entity:Entity {key: $id})
  RETURN entity.type AS type, entity {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon} AS data,
         null AS article, null AS text, COUNT { (entity)-[:SAID]->(:Statement) } AS quotes
  UNION
  MATCH (statement:Statement {id: $id})-[:REPORTED_IN]->(article:Article)
  RETURN 'statement' AS type, statement {.*} AS data,
         article {.id, .title, .outlet, .date} AS article, article.text AS text, null AS quotes
  UNION
  MATCH (event:Event {id: $id})-[:REPORTED_IN]->(article:Article)
  RETURN 'event' AS type, event {.*} AS data,
         article {.id, .title, .outlet, .date} AS article, article.text AS text, null AS quotes
  UNION
  MATCH (article:Article {id: $id})
  RETURN 'article' AS type, article {.id, .file, .title, .outlet, .url, .date, .length} AS data,
         null AS article, null AS text, null AS quotes
}
RETURN type, data, article, text, quotes
LIMIT 1
