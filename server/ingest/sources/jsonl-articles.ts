// Reads JSON Lines (one article an object a line) from a stream; a bad line is reported by its number and skipped.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { failed, type GivenMeta, type RawInput } from '../raw-article';

/** Field names feeds use, in order of preference. */
const TEXT_FIELDS = ['text', 'content', 'body'] as const;
const META_FIELDS: Record<keyof GivenMeta, string[]> = {
  title: ['title', 'headline'],
  outlet: ['outlet', 'source', 'publisher'],
  date: ['date', 'published', 'publishedAt', 'published_at', 'datePublished'],
  url: ['url', 'link'],
  byline: ['byline', 'author'],
};

export async function* jsonLineArticles(stream: Readable, name: string): AsyncGenerator<RawInput> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    yield jsonLineArticle(line, `${name} line ${number}`);
  }
}

export function jsonLineArticle(line: string, origin: string): RawInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return failed(origin, `not valid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return failed(origin, 'not a JSON object');
  const record = value as Record<string, unknown>;
  const textField = TEXT_FIELDS.find((field) => record[field] !== undefined && record[field] !== null);
  if (!textField) return failed(origin, 'no "text", "content" or "body" field');
  const body = record[textField];
  if (typeof body !== 'string') return failed(origin, `"${textField}" is not a string`);
  const meta: GivenMeta = {};
  for (const [key, fields] of Object.entries(META_FIELDS) as [keyof GivenMeta, string[]][]) {
    const found = fields.map((field) => record[field]).find((candidate) => typeof candidate === 'string' && candidate.trim() !== '');
    if (typeof found === 'string') meta[key] = found.trim();
  }
  return { kind: 'article', origin, format: /^\s*</.test(body) ? 'html' : 'text', body, meta, messages: [] };
}
