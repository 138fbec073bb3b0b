// Naive loader (benchmark baseline): one REPORTED_IN relationship of an event.
MATCH (event:Event {id: $eventId})
MATCH (article:Article {id: $articleId})
MERGE (event)-[:REPORTED_IN]->(article)
