// What the readers hand the ingest: an article's raw body with the metadata given beside it, or why there is none.
import type { Message } from '../extract/types';

export type ArticleFormat = 'text' | 'html';

/** Metadata given with an article (a sidecar, JSONL fields, request fields): it wins over what the page says. */
export interface GivenMeta {
  title?: string;
  outlet?: string;
  /** As written: an ISO date or date-time, or a written form ("Nov. 9, 2022"). */
  date?: string;
  url?: string;
  byline?: string;
}

export interface RawArticle {
  kind: 'article';
  /** How reports name it: a file path, "feed.jsonl line 12", "stdin", "upload report.html". */
  origin: string;
  format: ArticleFormat;
  body: string;
  meta: GivenMeta;
  /** The file it was read from: kept on the Article, and its identity when no URL is known. */
  file?: string;
  /** What the reader noticed (a file read as Windows-1252, say). */
  messages: Message[];
}

/** An input that holds no article to extract: a binary file, a malformed JSON line. */
export interface RawFailure {
  kind: 'failed';
  origin: string;
  reason: string;
}

export type RawInput = RawArticle | RawFailure;

export function failed(origin: string, reason: string): RawFailure {
  return { kind: 'failed', origin, reason };
}
