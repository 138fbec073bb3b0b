// Loads one article: validate the input, run the extractor, write the result to Neo4j in one transaction (the seed's path).
import type { Database } from '../graph/database';
import { extract } from '../extract/pipeline';
import type { Extraction, Message } from '../extract/types';
import { parseArticleInput } from './article-input';
import { articleRows } from './article-rows';
import { writeArticles } from './write-articles';

export interface LoadSummary {
  articleId: string;
  file: string | null;
  title: string | null;
  counts: { entities: number; mentions: number; statements: number; events: number };
  /** The extractor's messages about the text, then the loader's own. */
  messages: Message[];
}

/** Throws InvalidInputError (and writes nothing) when `input` is not an article; DatabaseUnavailableError when Neo4j is down. */
export async function loadArticle(db: Database, input: unknown): Promise<LoadSummary> {
  const source = parseArticleInput(input);
  return loadExtraction(db, source, extract(source.text, source.meta ?? {}));
}

/** Writes an extraction already made from `source.text`. */
export async function loadExtraction(db: Database, source: { text: string; file?: string }, extraction: Extraction): Promise<LoadSummary> {
  const rows = articleRows(source, extraction);
  await writeArticles(db, [rows], { rewrite: true });
  return {
    articleId: rows.article.id,
    file: rows.article.file,
    title: rows.article.title,
    counts: {
      entities: rows.entities.length,
      mentions: rows.mentions.length,
      statements: rows.statements.length,
      events: rows.events.length,
    },
    messages: [...extraction.messages, ...rows.messages],
  };
}
