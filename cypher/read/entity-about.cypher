// Statements about an entity, each with its speaker and article, newest article first, one page.
MATCH (:Entity {key: $key})<-[:ABOUT]-(statement:Statement)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(statement)
RETURN statement {.id, .quote, .kind, .verb, .speaker} AS statement,
       CASE WHEN speaker IS NULL THEN null ELSE {id: speaker.key, label: speaker.name} END AS speaker,
       article {.id, .title, .outlet, .date, .url} AS article
ORDER BY article.date IS NULL, article.date DESC, article.id, statement.start
SKIP $skip
LIMIT $limit
