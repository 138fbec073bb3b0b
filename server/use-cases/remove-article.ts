// Removes one article, its facts, and the entities that only it supported.
import type { DeleteArticlePayload } from '../contract';
import type { Database } from '../graph/database';
import { removeArticle as removeFromGraph } from '../load/remove-article';

export async function removeArticle(db: Database, articleId: string): Promise<DeleteArticlePayload> {
  return { articleId, removedEntities: await removeFromGraph(db, articleId) };
}
