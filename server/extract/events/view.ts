// Renders a sentence as lowercase tokens with references as @-markers, so trigger patterns can be plain regular expressions.
import type { Sentence, Span } from '../types';
import type { Ref } from './refs';

export interface Token extends Span {
  /** Rendered form: lowercase word, punctuation, or "@e3" / "@f3" / "@d3" / "@a3" / "@t3" for reference number 3. */
  form: string;
  /** Written with a capital letter (a name the entity stage did not know, a month, a sentence start). */
  capitalized: boolean;
  ref?: Ref;
}

export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** Token forms joined by single spaces. */
  rendered: string;
  /** Rendered offset at which each token starts. */
  offsets: number[];
}

const MARK: Record<Ref['kind'], string> = { entity: 'e', force: 'f', demonym: 'd', anaphor: 'a', title: 't' };
// Words (with inner hyphens, dots and contractions), thousands groups, possessive 's, single punctuation marks.
const TOKEN = /\d{1,3}(?:,\d{3})+|[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*(?:[’'](?:t|re|ve|ll|d|m)\b)?|[’']s\b|[^\s"“”«»‘’]/g;

function renderWord(word: string): string {
  return word.toLowerCase().replace(/’/g, '\'');
}

export function buildView(text: string, sentence: Sentence, refs: Ref[]): SentenceView {
  const tokens: Token[] = [];
  let cursor = sentence.start;
  const words = (from: number, to: number): void => {
    const gap = text.slice(from, to);
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(gap); match; match = TOKEN.exec(gap)) {
      tokens.push({
        start: from + match.index, end: from + match.index + match[0].length, form: renderWord(match[0]),
        capitalized: /^[A-Z]/.test(match[0]),
      });
    }
  };
  refs.forEach((ref, index) => {
    words(cursor, ref.start);
    tokens.push({ start: ref.start, end: ref.end, form: `@${MARK[ref.kind]}${index}`, capitalized: true, ref });
    cursor = ref.end;
  });
  words(cursor, sentence.end);
  const offsets: number[] = [];
  let length = 0;
  for (const token of tokens) {
    offsets.push(length);
    length += token.form.length + 1;
  }
  return { sentence, tokens, rendered: tokens.map((t) => t.form).join(' '), offsets };
}

/** The token starting at a rendered offset, or the first token after it. */
export function tokenAt(view: SentenceView, renderedOffset: number): number {
  let low = 0;
  let high = view.offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (view.offsets[mid] < renderedOffset) low = mid + 1;
    else high = mid;
  }
  return low;
}
