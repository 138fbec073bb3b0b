// The places most events happened to (captured, attacked, visited, ...), most first.
MATCH (place:Place)
WITH place, COUNT { (place)<-[:TARGET]-(:Event) } AS events
WHERE events > 0
RETURN place {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon} AS entity, events AS count
ORDER BY count DESC, place.name
LIMIT $limit
