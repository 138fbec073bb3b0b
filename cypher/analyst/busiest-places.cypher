// @title Places most reported on
// @description Places by how much the articles say about them: statements about them, events on them, and articles that mention them, with coordinates where known.
// @param limit: integer = 20 — the most places
MATCH (place:Place)
WITH place,
     COUNT { (place)<-[:ABOUT]-(:Statement) } AS statements,
     COUNT { (place)<-[:TARGET]-(:Event) } AS events,
     COUNT { (place)<-[:MENTIONS]-(:Article) } AS articles
WHERE statements + events > 0
RETURN place.name AS place, statements, events, articles, place.lat AS lat, place.lon AS lon
ORDER BY statements + events DESC, articles DESC, place
LIMIT $limit
