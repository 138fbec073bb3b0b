// The ingest pipeline: raw articles in, prepared on the preparer (a worker pool), written in batched transactions.
//
// Input is pulled only as fast as it is prepared and written (a bounded number of articles in flight, one write
// transaction at a time), so memory stays flat however large the input. Each batch is one transaction: an article's
// facts are written all together or not at all. A batch that fails for a reason other than the database being down
// is written again article by article, so that one bad article fails alone.
import { DatabaseUnavailableError } from '../errors';
import type { Database } from '../graph/database';
import type { ArticleRows } from '../load/article-rows';
import { writeArticles, type WriteOutcome } from '../load/write-articles';
import type { ArticleResult } from './article-result';
import { Batcher, DEFAULT_BATCH_LIMITS, type BatchLimits } from './batcher';
import type { PreparedArticle } from './prepare-article';
import type { Preparer } from './preparers';
import type { RawArticle, RawInput } from './raw-article';

export interface IngestOptions {
  preparer: Preparer;
  /** Absent for a dry run: articles are extracted and reported, nothing is written. */
  db?: Database;
  /** Articles being prepared at once; a few per worker keeps every worker busy. */
  inFlight?: number;
  batch?: BatchLimits;
  /** Told of every article as soon as its fate is known (after its batch commits); results are not kept. */
  onResult: (result: ArticleResult) => void;
}

/** Resolves once every input is reported; rejects with DatabaseUnavailableError when the database goes away. */
export async function ingest(inputs: AsyncIterable<RawInput>, options: IngestOptions): Promise<void> {
  const report = (result: ArticleResult) => options.onResult(result);
  const batcher = new Batcher(options.batch ?? DEFAULT_BATCH_LIMITS);
  const limit = options.inFlight ?? 8;
  const preparing = new Set<Promise<void>>();
  let writing: Promise<void> = Promise.resolve();

  /** The first fatal failure (the database is down): stops the ingest once seen. */
  let fatal: { error: unknown } | undefined;
  /** Queues a batch behind the one being written; resolves when that earlier one is done (backpressure). */
  const write = (batch: PreparedArticle[]): Promise<void> => {
    const previous = writing;
    writing = previous.then(() => writeBatch(batch, options.db, report));
    writing.catch((error) => (fatal ??= { error }));
    return previous.catch(() => undefined);
  };
  const prepare = async (input: RawArticle) => {
    const prepared = await options.preparer.prepare(input);
    if (prepared.kind === 'failed') report({ origin: prepared.origin, status: 'failed', reason: prepared.reason, messages: [] });
    else {
      const ready = batcher.add(prepared);
      if (ready) await write(ready);
    }
  };

  for await (const input of inputs) {
    if (fatal) break;
    if (input.kind === 'failed') {
      report({ origin: input.origin, status: 'failed', reason: input.reason, messages: [] });
      continue;
    }
    const task: Promise<void> = prepare(input).finally(() => preparing.delete(task));
    preparing.add(task);
    if (preparing.size >= limit) await Promise.race(preparing);
  }
  await Promise.all(preparing);
  if (!fatal) void write(batcher.take());
  await writing.catch(() => undefined);
  if (fatal) throw fatal.error;
}

async function writeBatch(batch: PreparedArticle[], db: Database | undefined, report: (result: ArticleResult) => void): Promise<void> {
  if (batch.length === 0) return;
  if (!db) {
    for (const article of batch) report(resultOf(article, undefined));
    return;
  }
  const rows = batch.map((article) => article.rows);
  try {
    const outcomes = await writeArticles(db, rows);
    batch.forEach((article, index) => report(resultOf(article, outcomes[index])));
    return;
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    if (batch.length === 1) {
      report({ ...resultOf(batch[0], undefined), status: 'failed', reason: `not written: ${describe(error)}` });
      return;
    }
  }
  for (const article of batch) await writeBatch([article], db, report);
}

function resultOf(article: PreparedArticle, outcome: WriteOutcome | undefined): ArticleResult {
  const rows: ArticleRows = article.rows;
  return {
    origin: article.origin,
    status: outcome?.status ?? 'extracted',
    articleId: rows.article.id,
    title: rows.article.title,
    words: article.words,
    counts: { entities: rows.entities.length, mentions: rows.mentions.length, statements: rows.statements.length, events: rows.events.length },
    ...(outcome?.status === 'replaced' ? { replaced: outcome.replaced } : {}),
    messages: article.messages,
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
