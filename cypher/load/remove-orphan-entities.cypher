// Removes entities among $keys that nothing links to any more (a changed extractor no longer finds them).
UNWIND $keys AS key
MATCH (entity:Entity {key: key})
WHERE NOT EXISTS { (entity)--() }
DELETE entity
