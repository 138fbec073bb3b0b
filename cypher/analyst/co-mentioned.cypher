// @title Entities mentioned together
// @description Pairs of people, organizations or places that appear in the same articles, by how many articles they share.
// @param minArticles: integer = 2 — the fewest shared articles
// @param limit: integer = 50 — the most pairs
MATCH (first:Entity)<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(second:Entity)
WHERE first.key < second.key
WITH first, second, count(article) AS articles
WHERE articles >= $minArticles
RETURN first.name AS first, first.type AS firstType, second.name AS second, second.type AS secondType, articles
ORDER BY articles DESC, first, second
LIMIT $limit
