// The latest articles, newest first; articles without a date come last.
MATCH (article:Article)
RETURN article {.id, .file, .title, .outlet, .url, .date, .length} AS article
ORDER BY article.date IS NULL, article.date DESC, article.id
LIMIT $limit
