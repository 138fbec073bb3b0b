// How many articles the graph holds.
MATCH (article:Article)
RETURN count(article) AS total
