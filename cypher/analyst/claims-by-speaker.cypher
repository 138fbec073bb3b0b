// @title What a speaker claims happened
// @description Events asserted inside a speaker's statements (captures, withdrawals, attacks, ...), with the words, outlet and date.
// @param speaker: string = "Volodymyr Zelenskyy" — a name, an alias or an entity key (any case)
MATCH (speaker:Entity)
WHERE toLower($speaker) IN [name IN [speaker.key, speaker.name] + coalesce(speaker.aliases, []) | toLower(name)]
MATCH (speaker)-[:SAID]->(statement:Statement)-[:CLAIMS]->(event:Event)-[:REPORTED_IN]->(article:Article)
RETURN speaker.name AS speaker, event.verb AS verb, event.actor AS actor, event.target AS target,
       event.modality AS modality, article.outlet AS outlet, coalesce(event.date, article.date) AS date,
       statement.quote AS quote, event.id AS event
ORDER BY date, outlet
