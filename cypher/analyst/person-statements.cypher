// @title Everything a person said
// @description Every statement of a person or organization, with the outlet, date and article that carried it, newest first.
// @param speaker: string = "Dmitry Peskov" — a name, an alias or an entity key (any case)
MATCH (speaker:Entity)
WHERE toLower($speaker) IN [name IN [speaker.key, speaker.name] + coalesce(speaker.aliases, []) | toLower(name)]
MATCH (speaker)-[:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (statement)-[:VIA]->(via:Entity)
WITH speaker, statement, article, collect(via.name) AS via
ORDER BY article.date DESC, article.outlet, statement.start
RETURN speaker.name AS speaker, article.outlet AS outlet, article.date AS date, statement.kind AS kind,
       statement.quote AS quote, via, article.title AS article, statement.id AS statement
