// @title How two entities are connected, not through articles
// @description The shortest chain of statements and events between two entities (SAID, ABOUT, VIA, CLAIMS, ACTOR, TARGET; at most 10 steps). Articles and their mentions are left out: every entity in an article is two steps from every other through it, which says nothing.
// @param from: string = "Dmitry Peskov" — a name, an alias or an entity key (any case)
// @param to: string = "Lyman" — a name, an alias or an entity key (any case)
MATCH (source:Entity)
WHERE toLower($from) IN [name IN [source.key, source.name] + coalesce(source.aliases, []) | toLower(name)]
MATCH (target:Entity)
WHERE toLower($to) IN [name IN [target.key, target.name] + coalesce(target.aliases, []) | toLower(name)]
  AND target <> source
MATCH path = shortestPath((source)-[:SAID|ABOUT|VIA|CLAIMS|ACTOR|TARGET*..10]-(target))
RETURN [step IN nodes(path) | coalesce(step.name, step.quote, step.verb + ' ' + step.target)] AS steps,
       length(path) AS hops, path
ORDER BY hops
LIMIT 1
