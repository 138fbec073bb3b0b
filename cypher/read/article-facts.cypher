// Every statement and event found in an article, with its offsets, in reading order.
MATCH (fact)-[:REPORTED_IN]->(:Article {id: $id})
WHERE fact:Statement OR fact:Event
RETURN fact.id AS id, CASE WHEN fact:Statement THEN 'statement' ELSE 'event' END AS type,
       coalesce(fact.quote, fact.phrase, '') AS label, fact.start AS start, fact.end AS end
ORDER BY start
LIMIT $limit
