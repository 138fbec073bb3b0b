// Renders a sentence as lowercase tokens with references as @-markers, so trigger patterns can be plain regular expressions.
import type { Sentence } from '../types';
import { lex, type Token as WordToken } from '../language/tokens';
import type { Ref } from './refs';

/**
 * A token of the shared tokenizer as the events stage reads it: `lower` is its rendered form, a lowercase word,
 * punctuation, "'s" of a possessive, or "@e3" / "@f3" / "@d3" / "@a3" / "@t3" for reference number 3.
 */
export interface Token extends WordToken {
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
/** Quotation marks say nothing of who did what to whom: they are not rendered. */
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '‘', '’']);
const CURRENCY = /^[$£€]+/;

/** The rendered tokens of a word: a currency sign and a possessive "'s" stand apart ("$3bn" is "$ 3bn", "Kyiv's" is "kyiv 's"). */
function render(token: WordToken, into: Token[]): void {
  if (token.kind !== 'word') {
    if (!QUOTE_MARKS.has(token.text)) into.push(token);
    return;
  }
  let { start } = token;
  const currency = CURRENCY.exec(token.text)?.[0].length ?? 0;
  if (currency && currency < token.text.length) {
    into.push({ ...token, end: start + currency, text: token.text.slice(0, currency), lower: token.lower.slice(0, currency) });
    start += currency;
  }
  const end = token.possessive && !/^[’']s$/.test(token.text) ? token.end - 2 : token.end;
  into.push({ ...token, start, end, text: token.text.slice(start - token.start, end - token.start), lower: token.lower.slice(start - token.start, end - token.start) });
  if (end < token.end) into.push({ ...token, start: end, text: token.text.slice(-2), lower: "'s", capitalized: false, possessive: true });
}

export function buildView(text: string, sentence: Sentence, refs: Ref[]): SentenceView {
  const tokens: Token[] = [];
  const words = (from: number, to: number): void => {
    for (const token of lex(text, from, to)) render(token, tokens);
  };
  let cursor = sentence.start;
  refs.forEach((ref, index) => {
    words(cursor, ref.start);
    const marker = `@${MARK[ref.kind]}${index}`;
    tokens.push({ kind: 'word', start: ref.start, end: ref.end, text: text.slice(ref.start, ref.end), lower: marker, capitalized: true, possessive: false, ref });
    cursor = ref.end;
  });
  words(cursor, sentence.end);
  const offsets: number[] = [];
  let length = 0;
  for (const token of tokens) {
    offsets.push(length);
    length += token.lower.length + 1;
  }
  return { sentence, tokens, rendered: tokens.map((t) => t.lower).join(' '), offsets };
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
