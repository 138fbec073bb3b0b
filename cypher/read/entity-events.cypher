// Events an entity took part in or was the target of, newest first, one page.
MATCH (entity:Entity {key: $key})<-[role:ACTOR|TARGET]-(event:Event)-[:REPORTED_IN]->(article:Article)
WITH event, article, toLower(type(role)) AS role, coalesce(event.date, article.date) AS day
ORDER BY day IS NULL, day DESC, event.id
SKIP $skip
LIMIT $limit
RETURN event {.*} AS event, role, article {.id, .title, .outlet, .date, .url} AS article
