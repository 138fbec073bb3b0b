// Naive loader (benchmark baseline): one CLAIMS relationship.
MATCH (statement:Statement {id: $statementId})
MATCH (event:Event {id: $eventId})
MERGE (statement)-[:CLAIMS]->(event)
