// How many statements an entity made, how many are about it, and how many events it took part in.
MATCH (entity:Entity {key: $key})
RETURN COUNT { (entity)-[:SAID]->(:Statement) } AS quotes,
       COUNT { (entity)<-[:ABOUT]-(:Statement) } AS about,
       COUNT { (entity)<-[:ACTOR|TARGET]-(:Event) } AS events
