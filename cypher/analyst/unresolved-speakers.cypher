// @title Statements whose speaker is unknown or generic, for review
// @description Statements the extractor could tie to no one, and those tied to a generic speaker ("officials", "sources"), with the words, outlet and date, so that an editor can resolve them.
// @param generic: string[] = ["official", "source", "analyst", "expert", "resident", "authorities", "spokesperson", "witness", "observer"] — words that make a speaker's name generic
MATCH (statement:Statement)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(statement)
WITH statement, article, speaker
WHERE speaker IS NULL OR any(word IN $generic WHERE toLower(speaker.name) CONTAINS toLower(word))
RETURN CASE WHEN speaker IS NULL THEN 'unresolved' ELSE 'generic' END AS problem, statement.speaker AS speakerAsWritten,
       speaker.name AS speaker, statement.quote AS quote, statement.verb AS verb, article.outlet AS outlet,
       article.date AS date, statement.id AS statement
ORDER BY problem DESC, date, outlet
