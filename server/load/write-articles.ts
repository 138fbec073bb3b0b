// Writes many articles in one write transaction: what is stored already stays, what replaces an older text removes it.
import type { Database, Transaction } from '../graph/database';
import { cypher } from '../graph/queries';
import type { ArticleRows } from './article-rows';
import { batchRows } from './batch-rows';

/** What became of one article: new, the same text already stored, or a new text replacing older ones of its source. */
export type WriteOutcome =
  | { status: 'loaded' }
  | { status: 'unchanged' }
  | { status: 'replaced'; replaced: string[] };

export interface WriteOptions {
  /** Write an article's facts again even when its text is stored already (the extractor may have changed). */
  rewrite?: boolean;
}

/**
 * All or nothing for the whole batch: the driver re-runs the transaction on transient failures (deadlocks
 * included), so every step is idempotent: nodes are merged on their stable keys, and what an article replaces
 * is found again on each run. The batch must not hold two articles with the same id or source (see IngestBatcher).
 * Returns one outcome per article, in the order given.
 */
export function writeArticles(db: Database, all: ArticleRows[], options: WriteOptions = {}): Promise<WriteOutcome[]> {
  return db.write((tx) => writeInTransaction(tx, all, options));
}

async function writeInTransaction(tx: Transaction, all: ArticleRows[], options: WriteOptions): Promise<WriteOutcome[]> {
  const incoming = all.map((rows) => ({ id: rows.article.id, source: rows.article.source }));
  const found = new Map((await tx.run(cypher('load/classify-articles'), { articles: incoming }))
    .map((row) => [row.id as string, { stored: row.stored as boolean, replaces: row.replaces as string[] }]));
  const writing = new Set(incoming.map((article) => article.id));
  const outcomes: WriteOutcome[] = [];
  const toWrite: ArticleRows[] = [];
  const replaced = new Set<string>();
  const rewritten: string[] = [];
  for (const rows of all) {
    const { stored, replaces } = found.get(rows.article.id) ?? { stored: false, replaces: [] };
    const older = replaces.filter((id) => !writing.has(id));
    if (stored && !options.rewrite) {
      outcomes.push({ status: 'unchanged' });
      continue;
    }
    if (stored) rewritten.push(rows.article.id);
    older.forEach((id) => replaced.add(id));
    toWrite.push(rows);
    outcomes.push(older.length > 0 ? { status: 'replaced', replaced: older } : { status: 'loaded' });
  }
  if (toWrite.length === 0) return outcomes;

  const cleared = [...replaced, ...rewritten];
  const [linked] = cleared.length > 0 ? await tx.run(cypher('load/linked-entities'), { articleIds: cleared }) : [];
  if (cleared.length > 0) {
    await tx.run(cypher('load/remove-article-facts'), { articleIds: cleared });
    await tx.run(cypher('load/remove-articles'), { articleIds: [...replaced] });
  }
  const batch = batchRows(toWrite);
  await tx.run(cypher('load/merge-articles'), { articles: batch.articles });
  await tx.run(cypher('load/merge-entities'), { entities: batch.entities });
  await tx.run(cypher('load/merge-mentions'), { mentions: batch.mentions });
  await tx.run(cypher('load/merge-statements'), { statements: batch.statements });
  await tx.run(cypher('load/merge-events'), { events: batch.events });
  const previousKeys = (linked?.keys as string[] | undefined) ?? [];
  if (previousKeys.length > 0) await tx.run(cypher('load/remove-orphan-entities'), { keys: previousKeys });
  return outcomes;
}
