// Naive loader (benchmark baseline): one MENTIONS relationship.
MATCH (article:Article {id: $articleId})
MATCH (entity:Entity {key: $key})
MERGE (article)-[mention:MENTIONS]->(entity)
SET mention.count = $count, mention.offsets = $offsets
