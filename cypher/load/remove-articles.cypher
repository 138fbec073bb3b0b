// Removes articles whose facts are already gone (remove-article-facts): those replaced by a new text of the same source.
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})
DETACH DELETE article
