// @title Who claims what happened to a place
// @description Events on the place (captured, withdrew_from, annexed, ...), each with who claims it (a speaker, or the outlet itself when no one is quoted), the outlet and the date.
// @param place: string = "Lyman" — a name, an alias or an entity key (any case)
// @param verb: string? = null — only this kind of event (captured, withdrew_from, annexed, advanced_on, attacked, ...); every kind when null
MATCH (place:Entity)
WHERE toLower($place) IN [name IN [place.key, place.name] + coalesce(place.aliases, []) | toLower(name)]
MATCH (event:Event)-[:TARGET]->(place)
WHERE $verb IS NULL OR event.verb = $verb
MATCH (event)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (claimant:Entity)-[:SAID]->(:Statement)-[:CLAIMS]->(event)
RETURN event.verb AS verb, event.actor AS actor, place.name AS place,
       coalesce(claimant.name, event.claimedBy, article.outlet) AS claimant, claimant IS NULL AS claimedByOutlet,
       event.modality AS modality, article.outlet AS outlet, coalesce(event.date, article.date) AS date,
       event.phrase AS phrase, event.id AS event
ORDER BY date, outlet, verb
