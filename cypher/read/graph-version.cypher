// A cheap fingerprint of the graph's content: counts from the count store and the latest article load.
CALL () {
  MATCH (article:Article)
  RETURN max(article.ingestedAt) AS latest
}
RETURN COUNT { (:Article) } AS articles, COUNT { (:Entity) } AS entities, COUNT { (:Statement) } AS statements,
       COUNT { (:Event) } AS events, COUNT { ()-[]->() } AS relationships, latest
