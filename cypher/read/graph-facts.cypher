// The statements and events these articles report, with the article each comes from.
UNWIND $articleIds AS articleId
MATCH (fact)-[:REPORTED_IN]->(article:Article {id: articleId})
WHERE fact:Statement OR fact:Event
RETURN CASE WHEN fact:Statement THEN 'statement' ELSE 'event' END AS type,
       fact {.*} AS fact,
       article.id AS articleId
ORDER BY articleId, fact.start
