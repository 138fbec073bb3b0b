// Reads a front-matter header ("---" lines around "key: value" pairs) at the top of an article for its metadata.
import type { ArticleMeta, Message, Span } from '../types';

/** A header longer than this is not front matter but text that happens to start with a rule. */
const MAX_HEADER = 4000;
const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/g;
const FIELD = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/;

/** Front-matter keys and the metadata field each names. */
const KEYS: Record<string, keyof ArticleMeta> = {
  title: 'title', headline: 'title',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', publication: 'outlet',
  date: 'date', published: 'date', published_at: 'date', pubdate: 'date',
  url: 'url', link: 'url',
};

const unquote = (value: string): string => value.replace(/^(["'])(.*)\1$/, '$2');

export interface FrontMatter {
  meta: ArticleMeta;
  /** The header, from the opening rule to the closing one: page furniture for the later stages. */
  span?: Span;
  messages: Message[];
}

export function readFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { meta: {}, messages: [] };
  CLOSING.lastIndex = opening[0].length - 1;
  const closing = CLOSING.exec(text);
  if (!closing || closing.index > MAX_HEADER) return { meta: {}, messages: [] };
  const span = { start: 0, end: closing.index + closing[0].length };
  const meta: ArticleMeta = {};
  const messages: Message[] = [];
  let offset = opening[0].length;
  for (const line of text.slice(offset, closing.index).split('\n')) {
    const field = FIELD.exec(line);
    const key = field && KEYS[field[1].toLowerCase()];
    const value = field && unquote(field[2]);
    if (key && value) {
      const place = { start: offset, end: offset + line.length };
      if (key !== 'date') meta[key] = value;
      else if (ISO_DATE.test(value)) meta.date = ISO_DATE.exec(value)![1];
      else messages.push({ reason: `Front matter date "${value}" is not an ISO date (YYYY-MM-DD); it was ignored`, ruleId: 'metadata/front-matter-date', severity: 'warning', place });
    }
    offset += line.length + 1;
  }
  return { meta, span, messages };
}
