// Naive loader (benchmark baseline): one ABOUT or VIA relationship ($type).
MATCH (statement:Statement {id: $statementId})
MATCH (entity:Entity {key: $key})
MERGE (statement)-[:$($type)]->(entity)
