// Naive loader (benchmark baseline): one article node, alone in its transaction.
MERGE (article:Article {id: $article.id})
SET article.source = $article.source, article.file = $article.file, article.title = $article.title,
    article.outlet = $article.outlet, article.url = $article.url, article.date = date($article.date),
    article.publishedAt = datetime($article.publishedAt), article.byline = $article.byline,
    article.text = $article.text, article.length = $article.length
