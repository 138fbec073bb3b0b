// What an entity said, with the article that reported it, oldest article first.
MATCH (:Entity {key: $key})-[:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
RETURN statement {.id, .quote, .kind, .verb} AS statement,
       article {.id, .title, .outlet, .date} AS article
ORDER BY article.date, article.id, statement.start
