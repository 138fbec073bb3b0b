// The outlets the articles come from, with how many articles each, most first.
MATCH (article:Article)
WHERE article.outlet IS NOT NULL
RETURN article.outlet AS outlet, count(*) AS articles
ORDER BY articles DESC, outlet
LIMIT $limit
