// @title Timeline of a place
// @description Every event on the place, or by it, in date order (the event's own date when the text fixes it, else the article's), with who claims it and where it was reported.
// @param place: string = "Kherson" — a name, an alias or an entity key (any case)
MATCH (place:Entity)
WHERE toLower($place) IN [name IN [place.key, place.name] + coalesce(place.aliases, []) | toLower(name)]
MATCH (event:Event)-[:TARGET|ACTOR]->(place)
MATCH (event)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (claimant:Entity)-[:SAID]->(:Statement)-[:CLAIMS]->(event)
RETURN coalesce(event.date, article.date) AS date, event.date IS NOT NULL AS dateFromText, event.verb AS verb,
       event.actor AS actor, event.target AS target, coalesce(claimant.name, event.claimedBy) AS claimant,
       event.modality AS modality, article.outlet AS outlet, event.phrase AS phrase, event.id AS event
ORDER BY date, outlet, verb, phrase
