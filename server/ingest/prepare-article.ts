// Turns one raw article into the rows the loader writes: HTML read, checks, date parsed, extraction, identity.
//
// Pure and synchronous, so it runs the same inline (a request of a few articles) or in a worker thread (the pool).
import { extract } from '../extract/pipeline';
import type { ArticleMeta, Message } from '../extract/types';
import { articleRows, type ArticleRows } from '../load/article-rows';
import { readHtmlPage } from './html-page';
import { parsePublicationDate } from './publication-date';
import { failed, type GivenMeta, type RawArticle, type RawFailure } from './raw-article';
import { DEFAULT_MAX_CHARS } from './limits';
import { sourceKey } from './source-key';

export interface PrepareOptions {
  /** The longest article text accepted, in characters; longer ones are refused with a reason. */
  maxChars: number;
}

export interface PreparedArticle {
  kind: 'prepared';
  origin: string;
  rows: ArticleRows;
  words: number;
  /** The reader's, the extractor's and the loader's messages, in that order. */
  messages: Message[];
}

export type Prepared = PreparedArticle | RawFailure;

/** Share of control characters past which a text is binary data rather than an article. */
const BINARY_SHARE = 0.05;
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

export function prepareArticle(raw: RawArticle, options: PrepareOptions = { maxChars: DEFAULT_MAX_CHARS }): Prepared {
  const tooLarge = (length: number) => `too large: ${megabytes(length)} of text (the limit is ${megabytes(options.maxChars)}; see --max-size)`;
  // A page carries markup besides its text, so the raw HTML may be several times the limit before it is read.
  if (raw.body.length > (raw.format === 'html' ? options.maxChars * 4 : options.maxChars)) return failed(raw.origin, tooLarge(raw.body.length));
  const page = raw.format === 'html' ? readHtmlPage(raw.body) : undefined;
  const text = page ? page.text : raw.body;
  if (text.trim() === '') return failed(raw.origin, page ? 'no article text found in the page' : 'empty: no text to extract');
  if (text.length > options.maxChars) return failed(raw.origin, tooLarge(text.length));
  if ((text.match(CONTROL)?.length ?? 0) > text.length * BINARY_SHARE) return failed(raw.origin, 'binary data (control characters), not text');

  const given: GivenMeta = { ...page?.meta, ...definedOnly(raw.meta) };
  const messages: Message[] = [...raw.messages];
  const published = given.date ? parsePublicationDate(given.date) : undefined;
  if (given.date && !published) {
    messages.push({ reason: `The date "${given.date}" names no calendar day; stored without a date`, ruleId: 'ingest/bad-date', severity: 'warning' });
  }
  const meta: ArticleMeta = definedOnly({ title: given.title, outlet: given.outlet, url: given.url, date: published?.date });
  const extraction = extract(text, meta);
  const rows = articleRows({
    text, file: raw.file, source: sourceKey(given.url, raw.file), publishedAt: published?.dateTime, byline: given.byline,
  }, extraction);
  return {
    kind: 'prepared',
    origin: raw.origin,
    rows,
    words: text.match(/\S+/g)?.length ?? 0,
    messages: [...messages, ...extraction.messages, ...rows.messages],
  };
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== '')) as T;
}

function megabytes(characters: number): string {
  return `${(characters / 1_000_000).toFixed(1)} MB`;
}
