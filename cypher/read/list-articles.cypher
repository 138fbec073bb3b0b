// One page of the articles, most recently ingested first, with how many statements, events and entities each has.
MATCH (article:Article)
WITH article ORDER BY article.ingestedAt DESC, article.id
SKIP $offset LIMIT $limit
RETURN article.id AS id, article.title AS title, article.outlet AS outlet, article.date AS date, article.url AS url,
       article.ingestedAt AS ingestedAt,
       COUNT { (article)<-[:REPORTED_IN]-(:Statement) } AS statements,
       COUNT { (article)<-[:REPORTED_IN]-(:Event) } AS events,
       COUNT { (article)-[:MENTIONS]->(:Entity) } AS entities
