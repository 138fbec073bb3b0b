// Naive loader (benchmark baseline): one statement node.
MERGE (statement:Statement {id: $id})
SET statement += $properties
