// Naive loader (benchmark baseline): one SAID relationship.
MATCH (statement:Statement {id: $statementId})
MATCH (entity:Entity {key: $key})
MERGE (entity)-[:SAID]->(statement)
