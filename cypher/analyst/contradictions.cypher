// @title Contradicting claims about a place
// @description Pairs of events on one place that cannot both stand: a side captured or annexed it while a report says that side withdrew from it, or two sides are each said to have captured it. Both sources are given (claimant, outlet, date) so the analyst can weigh them; dates tell a change of hands from a contradiction.
// @param place: string? = null — only this place; every place when null
MATCH (first:Event)-[:TARGET]->(place:Entity)<-[:TARGET]-(second:Event)
WHERE first.id < second.id
  AND ($place IS NULL OR toLower($place) IN [name IN [place.key, place.name] + coalesce(place.aliases, []) | toLower(name)])
  AND ((first.verb IN ['captured', 'annexed'] AND second.verb = 'withdrew_from' AND first.actor = second.actor)
    OR (second.verb IN ['captured', 'annexed'] AND first.verb = 'withdrew_from' AND first.actor = second.actor)
    OR (first.verb = 'captured' AND second.verb = 'captured' AND first.actor <> second.actor))
MATCH (first)-[:REPORTED_IN]->(firstArticle:Article), (second)-[:REPORTED_IN]->(secondArticle:Article)
OPTIONAL MATCH (firstClaimant:Entity)-[:SAID]->(:Statement)-[:CLAIMS]->(first)
OPTIONAL MATCH (secondClaimant:Entity)-[:SAID]->(:Statement)-[:CLAIMS]->(second)
RETURN place.name AS place,
       first.actor + ' ' + first.verb AS claim, coalesce(firstClaimant.name, first.claimedBy, firstArticle.outlet) AS claimant,
       firstArticle.outlet AS outlet, coalesce(first.date, firstArticle.date) AS date,
       second.actor + ' ' + second.verb AS otherClaim, coalesce(secondClaimant.name, second.claimedBy, secondArticle.outlet) AS otherClaimant,
       secondArticle.outlet AS otherOutlet, coalesce(second.date, secondArticle.date) AS otherDate,
       first.id AS event, second.id AS otherEvent
ORDER BY place, date
