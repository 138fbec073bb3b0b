// @title How quotes travelled: speaker, agency or channel, outlet
// @description Statements that reached an article through an agency or channel (VIA), as speaker → via → outlet with the date and the words; the path puts each chain in the graph.
// @param speaker: string? = null — only this speaker (a name, an alias or a key); every speaker when null
MATCH path = (speaker:Entity)-[:SAID]->(statement:Statement)-[:VIA]->(via:Entity)
WHERE $speaker IS NULL OR toLower($speaker) IN [name IN [speaker.key, speaker.name] + coalesce(speaker.aliases, []) | toLower(name)]
MATCH (statement)-[:REPORTED_IN]->(article:Article)
RETURN speaker.name AS speaker, via.name AS via, article.outlet AS outlet, article.date AS date,
       statement.quote AS quote, statement.id AS statement, path
ORDER BY date, speaker, outlet
