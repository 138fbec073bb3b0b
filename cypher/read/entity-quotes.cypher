// One page of what an entity said, newest article first, each with the article that reported it.
MATCH (:Entity {key: $key})-[:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
WITH statement, article
ORDER BY article.date DESC, article.id, statement.start
SKIP $skip
LIMIT $limit
RETURN statement.id AS id, statement.quote AS quote, statement.kind AS kind, statement.verb AS verb,
       article {.id, .title, .outlet, .date} AS article
