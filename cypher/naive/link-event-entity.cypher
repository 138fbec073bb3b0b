// Naive loader (benchmark baseline): one ACTOR or TARGET relationship ($type).
MATCH (event:Event {id: $eventId})
MATCH (entity:Entity {key: $key})
MERGE (event)-[:$($type)]->(entity)
