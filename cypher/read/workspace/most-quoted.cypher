// The most quoted speakers: entities with the most statements, most first.
MATCH (speaker:Entity)
WITH speaker, COUNT { (speaker)-[:SAID]->(:Statement) } AS statements
WHERE statements > 0
RETURN speaker {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon} AS entity, statements AS count
ORDER BY count DESC, speaker.name
LIMIT $limit
