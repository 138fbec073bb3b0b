// Everything the loader writes for one article, as plain rows: the article, its entities, mentions and facts.
import type { ArticleMeta, Extraction, Message } from '../extract/types';
import { articleId } from './article-id';
import { isIsoDate } from './iso-date';
import { entityRows, type EntityRow, type MentionRow } from './entity-rows';
import { factRows, type EventRow, type StatementRow } from './fact-rows';

export interface ArticleRow {
  id: string;
  /** The article's identity besides its text ("url:…" or "file:…"): a new text from the same source replaces it. */
  source: string | null;
  file: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  date: string | null;
  /** The publication moment when the source gives a time of day (ISO date-time). */
  publishedAt: string | null;
  byline: string | null;
  text: string;
  length: number;
}

export interface ArticleRows {
  article: ArticleRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  statements: StatementRow[];
  events: EventRow[];
  /** Problems the loader found in the extraction (the extractor's own messages stay with the extraction). */
  messages: Message[];
}

/** Where an article's text came from and what is known of it besides what the extractor reads. */
export interface ArticleSource {
  text: string;
  file?: string;
  source?: string | null;
  publishedAt?: string;
  byline?: string;
}

export function articleRows(source: ArticleSource, extraction: Extraction): ArticleRows {
  const id = articleId(source.text);
  const meta: ArticleMeta = extraction.meta;
  const entities = entityRows(extraction);
  const facts = factRows(id, extraction);
  const dateMessages: Message[] = meta.date && !isIsoDate(meta.date)
    ? [{ reason: `load: article date "${meta.date}" is not YYYY-MM-DD; stored without a date`, ruleId: 'load:article-date', severity: 'warning' }]
    : [];
  return {
    article: {
      id,
      source: source.source ?? null,
      file: source.file ?? null,
      title: meta.title ?? null,
      outlet: meta.outlet ?? null,
      url: meta.url ?? null,
      date: meta.date && isIsoDate(meta.date) ? meta.date : null,
      publishedAt: source.publishedAt ?? null,
      byline: source.byline ?? null,
      text: source.text,
      length: source.text.length,
    },
    entities: entities.entities,
    mentions: entities.mentions,
    statements: facts.statements,
    events: facts.events,
    messages: [...entities.messages, ...facts.messages, ...dateMessages],
  };
}
