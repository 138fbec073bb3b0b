// Control claims about these places (a place and those named after it): captures, withdrawals, annexations.
UNWIND $keys AS key
MATCH (target:Place {key: key})<-[:TARGET]-(event:Event)-[:REPORTED_IN]->(article:Article)
WHERE event.verb IN $verbs
WITH event, article, target, coalesce(event.date, article.date) AS day
ORDER BY day IS NULL, day, event.id
LIMIT $limit
RETURN event {.id, .verb, .actor, .target, .date, .modality, .claimedBy} AS event,
       target.name AS place, article {.id, .title, .outlet, .date, .url} AS article
