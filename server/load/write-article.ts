// Writes one article's rows in a single write transaction: clear its earlier facts, then merge everything again.
import type { Database } from '../graph/database';
import { cypher } from '../graph/queries';
import type { ArticleRows } from './article-rows';

/**
 * Idempotent as a whole, because the driver re-runs the transaction on transient failures and callers may
 * load the same text again: every node is merged on its stable key, and the article's previous statements,
 * events and mentions go first so that a changed extractor leaves nothing stale behind.
 */
export function writeArticle(db: Database, rows: ArticleRows): Promise<void> {
  const articleId = rows.article.id;
  return db.write(async (tx) => {
    const [previous] = await tx.run(cypher('load/previous-entities'), { articleId });
    await tx.run(cypher('load/remove-article-facts'), { articleId });
    await tx.run(cypher('load/merge-article'), { article: rows.article });
    await tx.run(cypher('load/merge-entities'), { entities: rows.entities });
    await tx.run(cypher('load/merge-mentions'), { articleId, mentions: rows.mentions });
    await tx.run(cypher('load/merge-statements'), { articleId, statements: rows.statements });
    await tx.run(cypher('load/merge-events'), { articleId, events: rows.events });
    await tx.run(cypher('load/remove-orphan-entities'), { keys: (previous?.keys as string[] | undefined) ?? [] });
  });
}
