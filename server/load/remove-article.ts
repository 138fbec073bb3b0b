// Removes one article in one transaction: its facts, its mentions, and the entities no other article supports.
import { NotFoundError } from '../errors';
import type { Database } from '../graph/database';
import { cypher } from '../graph/queries';

/** The number of entities removed with it; NotFoundError when no article has that id. */
export function removeArticle(db: Database, articleId: string): Promise<number> {
  return db.write(async (tx) => {
    const [found] = await tx.run(cypher('load/classify-articles'), { articles: [{ id: articleId, source: null }] });
    if (!found?.stored) throw new NotFoundError(`articles: no article has the id ${articleId}`);
    const articleIds = [articleId];
    const [linked] = await tx.run(cypher('load/linked-entities'), { articleIds });
    await tx.run(cypher('load/remove-article-facts'), { articleIds });
    await tx.run(cypher('load/remove-articles'), { articleIds });
    const [orphans] = await tx.run(cypher('load/remove-orphan-entities'), { keys: (linked?.keys as string[] | undefined) ?? [] });
    return (orphans?.removed as number | undefined) ?? 0;
  });
}
