// Removes entities among $keys that nothing links to any more (their last article went, or a new extraction dropped them).
UNWIND $keys AS key
MATCH (entity:Entity {key: key})
WHERE NOT EXISTS { (entity)--() }
DELETE entity
RETURN count(*) AS removed
