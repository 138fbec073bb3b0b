// Selects again what an export of one article took: the article, what it reports, and the entities involved.
MATCH (article:Article {id: $articleId})
OPTIONAL MATCH reported = (article)<-[:REPORTED_IN]-(fact)
OPTIONAL MATCH involved = (fact)-[:ABOUT|VIA|ACTOR|TARGET|CLAIMS]->()
OPTIONAL MATCH spoken = (fact)<-[:SAID]-()
OPTIONAL MATCH mentioned = (article)-[:MENTIONS]->()
RETURN article, reported, involved, spoken, mentioned
