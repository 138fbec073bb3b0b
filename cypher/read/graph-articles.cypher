// The articles the graph view shows: all of them, or only the one asked for.
MATCH (article:Article)
WHERE $articleId IS NULL OR article.id = $articleId
RETURN article {.id, .file, .title, .outlet, .url, .date, .length} AS article
ORDER BY article.date, article.id
