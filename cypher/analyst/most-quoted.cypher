// @title Most-quoted speakers in each outlet
// @description For every outlet, the speakers it quoted most, ranked, with how many statements.
// @param top: integer = 3 — speakers per outlet
MATCH (speaker:Entity)-[:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
WITH article.outlet AS outlet, speaker, count(statement) AS statements
ORDER BY outlet, statements DESC, speaker.name
WITH outlet, collect({speaker: speaker.name, statements: statements})[..$top] AS ranked
UNWIND range(0, size(ranked) - 1) AS index
RETURN outlet, index + 1 AS rank, ranked[index].speaker AS speaker, ranked[index].statements AS statements
ORDER BY outlet, rank
