// Adds uploaded articles: decodes files, prepares each article inline, writes them in batches, answers per article.
import type { AddArticlesPayload, ArticleResultPayload } from '../contract';
import type { Database } from '../graph/database';
import type { ArticleResult } from '../ingest/article-result';
import { ingest } from '../ingest/ingest';
import { inlinePreparer } from '../ingest/inline-preparer';
import { DEFAULT_MAX_CHARS } from '../ingest/limits';
import { failed, type ArticleFormat, type GivenMeta, type RawInput } from '../ingest/raw-article';
import { decodeArticleBytes } from '../ingest/sources/decode';
import { kindOf } from '../ingest/sources/paths';

/** One article as a request brought it: a text (JSON, text/plain) or a file's bytes (multipart). */
export interface ArticleUploadInput {
  name?: string;
  text?: string;
  bytes?: Uint8Array;
  format?: ArticleFormat;
  meta: GivenMeta;
}

export async function addArticles(db: Database, uploads: ArticleUploadInput[]): Promise<AddArticlesPayload> {
  const inputs = uploads.map((upload, index) => rawInput(upload, uniqueOrigin(uploads, index)));
  const order = new Map(inputs.map((input, index) => [input.origin, index]));
  const results: ArticleResult[] = [];
  await ingest((async function* () { yield* inputs; })(), {
    preparer: inlinePreparer({ maxChars: DEFAULT_MAX_CHARS }), db, onResult: (result) => results.push(result),
  });
  results.sort((a, b) => order.get(a.origin)! - order.get(b.origin)!);
  const count = (status: ArticleResult['status']) => results.filter((result) => result.status === status).length;
  return {
    results: results.map((result) => result as ArticleResultPayload),
    summary: { loaded: count('loaded'), unchanged: count('unchanged'), replaced: count('replaced'), failed: count('failed') },
  };
}

function rawInput(upload: ArticleUploadInput, origin: string): RawInput {
  let text = upload.text ?? '';
  const messages = [];
  if (upload.bytes) {
    const decoded = decodeArticleBytes(upload.bytes);
    if ('refused' in decoded) return failed(origin, decoded.refused);
    text = decoded.text;
    messages.push(...decoded.messages);
  }
  const named = upload.name ? kindOf(upload.name) : undefined;
  if (named === 'jsonl') return failed(origin, 'JSON Lines files are read by the command line (npm run ingest); upload their articles as a JSON array');
  const format = upload.format ?? (named === 'html' || /^\s*</.test(text) ? 'html' : 'text');
  return { kind: 'article', origin, format, body: text, meta: upload.meta, messages };
}

/** The upload's name, or "article N"; a name given twice gets its position added, so results can be told apart. */
function uniqueOrigin(uploads: ArticleUploadInput[], index: number): string {
  const name = uploads[index].name || `article ${index + 1}`;
  const same = uploads.filter((upload, other) => other < index && (upload.name || `article ${other + 1}`) === name).length;
  return same === 0 ? name : `${name} (${same + 1})`;
}
