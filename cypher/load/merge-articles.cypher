// Creates or updates articles, each keyed by the hash of its text.
UNWIND $articles AS row
MERGE (article:Article {id: row.id})
  ON CREATE SET article.ingestedAt = datetime()
SET article.source = row.source,
    article.file = row.file,
    article.title = row.title,
    article.outlet = row.outlet,
    article.url = row.url,
    article.date = date(row.date),
    article.publishedAt = datetime(row.publishedAt),
    article.byline = row.byline,
    article.text = row.text,
    article.length = row.length
