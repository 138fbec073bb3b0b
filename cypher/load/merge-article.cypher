// Creates or updates one article, keyed by the hash of its text.
MERGE (article:Article {id: $article.id})
  ON CREATE SET article.ingestedAt = datetime()
SET article.file = $article.file,
    article.title = $article.title,
    article.outlet = $article.outlet,
    article.url = $article.url,
    article.date = date($article.date),
    article.text = $article.text,
    article.length = $article.length
