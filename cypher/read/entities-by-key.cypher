// Entities by key: name and type, for the nodes of the entity graph.
UNWIND $keys AS key
MATCH (entity:Entity {key: key})
RETURN entity.key AS key, entity.name AS name, entity.type AS type
