// @title Who spoke about a place or a person
// @description Everyone whose statements are about the entity, with how many statements, in which outlets, and when first and last.
// @param entity: string = "Lyman" — a name, an alias or an entity key (any case)
MATCH (subject:Entity)
WHERE toLower($entity) IN [name IN [subject.key, subject.name] + coalesce(subject.aliases, []) | toLower(name)]
MATCH (speaker:Entity)-[:SAID]->(statement:Statement)-[:ABOUT]->(subject),
      (statement)-[:REPORTED_IN]->(article:Article)
RETURN speaker.name AS speaker, speaker.type AS type, subject.name AS about, count(DISTINCT statement) AS statements,
       collect(DISTINCT article.outlet) AS outlets, min(article.date) AS first, max(article.date) AS last
ORDER BY statements DESC, speaker
