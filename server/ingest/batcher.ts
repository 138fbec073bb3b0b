// Gathers prepared articles into write batches: by count and by text size, never two of one id or source in a batch.
import type { PreparedArticle } from './prepare-article';

export interface BatchLimits {
  articles: number;
  /** Characters of article text in one transaction. */
  characters: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { articles: 250, characters: 4_000_000 };

export class Batcher {
  private batch: PreparedArticle[] = [];
  private characters = 0;
  private readonly keys = new Set<string>();

  constructor(private readonly limits: BatchLimits = DEFAULT_BATCH_LIMITS) {}

  /**
   * Adds an article; returns the batch that must be written first when the article would make the current batch
   * too large, or repeat an id or source already in it (the later text must replace the earlier one, in order).
   */
  add(article: PreparedArticle): PreparedArticle[] | undefined {
    const { id, source, length } = article.rows.article;
    const clashes = this.keys.has(`id:${id}`) || (source !== null && this.keys.has(source));
    const full = this.batch.length >= this.limits.articles || this.characters + length > this.limits.characters;
    const ready = this.batch.length > 0 && (clashes || full) ? this.take() : undefined;
    this.batch.push(article);
    this.characters += length;
    this.keys.add(`id:${id}`);
    if (source !== null) this.keys.add(source);
    return ready;
  }

  /** The articles gathered so far (possibly none), leaving the batcher empty. */
  take(): PreparedArticle[] {
    const batch = this.batch;
    this.batch = [];
    this.characters = 0;
    this.keys.clear();
    return batch;
  }
}
