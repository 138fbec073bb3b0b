// @title Speakers quoted on the same subject by several outlets
// @description A speaker's statements about one entity carried by at least this many different outlets, counted, with the agencies they came through: outlets that all took the words from one agency are less independent than their number suggests.
// @param minOutlets: integer = 2 — the fewest different outlets
MATCH (speaker:Entity)-[:SAID]->(statement:Statement)-[:ABOUT]->(subject:Entity),
      (statement)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (statement)-[:VIA]->(via:Entity)
WITH speaker, subject, collect(DISTINCT article.outlet) AS outlets, count(DISTINCT statement) AS statements,
     collect(DISTINCT via.name) AS via
WHERE size(outlets) >= $minOutlets
RETURN speaker.name AS speaker, subject.name AS about, size(outlets) AS outletCount, outlets, statements, via
ORDER BY outletCount DESC, statements DESC, speaker, about
