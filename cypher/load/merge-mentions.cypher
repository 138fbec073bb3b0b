// Links an article to each entity it names, with how often and where (offsets as start, end pairs).
MATCH (article:Article {id: $articleId})
UNWIND $mentions AS row
MATCH (entity:Entity {key: row.key})
MERGE (article)-[mention:MENTIONS]->(entity)
SET mention.count = row.count,
    mention.offsets = row.offsets
