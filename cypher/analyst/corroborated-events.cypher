// @title Events carried by several outlets
// @description The same event (kind, actor, target) reported by at least this many different outlets, counted: the more outlets, the better corroborated.
// @param minOutlets: integer = 2 — the fewest different outlets
MATCH (event:Event)-[:REPORTED_IN]->(article:Article)
WITH event.verb AS verb, event.actor AS actor, event.target AS target,
     collect(DISTINCT article.outlet) AS outlets, count(DISTINCT article) AS articles, min(article.date) AS first
WHERE size(outlets) >= $minOutlets
RETURN verb, actor, target, size(outlets) AS outletCount, outlets, articles, first
ORDER BY outletCount DESC, articles DESC, first
