// @title Who is said to control a place, by date
// @description Captures and annexations (the actor holds the place) and withdrawals (the actor gave it up), per place in date order, with who says so and where.
// @param place: string? = null — only this place; every place when null
MATCH (event:Event)-[:TARGET]->(place:Entity)
WHERE event.verb IN ['captured', 'annexed', 'withdrew_from']
  AND ($place IS NULL OR toLower($place) IN [name IN [place.key, place.name] + coalesce(place.aliases, []) | toLower(name)])
MATCH (event)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (claimant:Entity)-[:SAID]->(:Statement)-[:CLAIMS]->(event)
RETURN place.name AS place, coalesce(event.date, article.date) AS date,
       CASE WHEN event.verb = 'withdrew_from' THEN null ELSE event.actor END AS heldBy,
       CASE WHEN event.verb = 'withdrew_from' THEN event.actor ELSE null END AS givenUpBy,
       event.verb AS verb, coalesce(claimant.name, event.claimedBy, article.outlet) AS claimant,
       article.outlet AS outlet, event.id AS event
ORDER BY place, date, outlet
