// Events and statements by day: events by the date the text gives and by report date, statements by report date.
MATCH (fact)-[:REPORTED_IN]->(article:Article)
WHERE (fact:Event OR fact:Statement)
  AND ($outlets IS NULL OR article.outlet IN $outlets)
  AND ($kinds IS NULL OR NOT fact:Statement OR fact.kind IN $kinds)
CALL (fact, article) {
  WITH fact WHERE fact:Event
  RETURN fact.date AS day, 'eventsByEventDate' AS series
  UNION ALL
  WITH fact, article WHERE fact:Event AND article.date IS NOT NULL
  RETURN article.date AS day, 'eventsByReportDate' AS series
  UNION ALL
  WITH fact, article WHERE fact:Statement AND article.date IS NOT NULL
  RETURN article.date AS day, 'statements' AS series
}
RETURN day, series, count(*) AS count
ORDER BY day
