// Places named after a place ("Kherson region", "Kherson Oblast" for "Kherson").
MATCH (place:Place {key: $key}), (related:Place)
WHERE related.name STARTS WITH place.name + ' ' OR related.name STARTS WITH place.name + ','
RETURN related {.key, .name, .type, .aliases, .role, .affiliation, .lat, .lon} AS entity
ORDER BY related.name
LIMIT 50
