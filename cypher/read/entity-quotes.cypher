// What an entity said, with the article that reported it, newest article first, one page.
MATCH (:Entity {key: $key})-[:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
RETURN statement {.id, .quote, .kind, .verb} AS statement,
       article {.id, .title, .outlet, .date, .url} AS article
ORDER BY article.date IS NULL, article.date DESC, article.id, statement.start
SKIP $skip
LIMIT $limit
