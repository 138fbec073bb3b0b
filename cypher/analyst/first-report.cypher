// @title Where a quote was first reported
// @description Statements whose words match, grouped by speaker: the outlet and date that carried them first, and the outlets that carried them later.
// @param words: string = "annexation" — words of the quote, as a full-text query
CALL db.index.fulltext.queryNodes('statement_quotes', $words) YIELD node AS statement, score
MATCH (statement)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(statement)
WITH coalesce(speaker.name, statement.speaker, 'unknown speaker') AS speaker, statement, article, score
ORDER BY article.date, article.id, statement.start
WITH speaker, max(score) AS score,
     collect({outlet: article.outlet, date: article.date, quote: statement.quote, statement: statement.id}) AS reports
RETURN speaker, reports[0].outlet AS firstOutlet, reports[0].date AS firstDate, reports[0].quote AS quote,
       reports[0].statement AS statement, size(reports) AS reports, [report IN tail(reports) | report.outlet] AS laterOutlets
ORDER BY score DESC, firstDate
