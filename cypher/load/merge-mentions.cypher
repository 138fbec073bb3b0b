// Links each article to each entity it names, with how often and where (offsets as start, end pairs).
UNWIND $mentions AS row
MATCH (article:Article {id: row.articleId})
MATCH (entity:Entity {key: row.key})
MERGE (article)-[mention:MENTIONS]->(entity)
SET mention.count = row.count,
    mention.offsets = row.offsets
