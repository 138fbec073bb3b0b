// Splits a unit into words, punctuation and whole quotations, each with its offsets, for the attribution rules to walk.
import type { Span } from '../types';
import type { Quotation } from './quotations';

export type TokenKind = 'word' | 'quote' | 'comma' | 'colon' | 'semicolon' | 'dash' | 'end' | 'open' | 'close' | 'other';

export interface Token extends Span {
  kind: TokenKind;
  /** The word as written; for a quotation, its marks included. */
  text: string;
  /** Lower case word with curly apostrophes straightened. */
  lower: string;
  quotation?: Quotation;
}

const PIECE = /[\p{L}\p{N}$£€][\p{L}\p{N}'’.\-$%£€]*[\p{L}\p{N}%]|[\p{L}\p{N}]|\s[\u2014\u2013-]\s|[.!?]+|\S/gu;
const WORD_START = /[\p{L}\p{N}$£€]/u;
const TITLE_ABBREVIATIONS = /^(?:Gov|Sen|Rep|Gen|Maj|Lt|Col|Capt|Adm|Sgt|Cmdr|Brig|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr)$/;
const PUNCTUATION: Record<string, TokenKind> = {
  ',': 'comma', ':': 'colon', ';': 'semicolon', '\u2014': 'dash', '\u2013': 'dash', '.': 'end', '!': 'end', '?': 'end',
  '(': 'open', '[': 'open', ')': 'close', ']': 'close',
};

function kindOf(piece: string): TokenKind {
  const first = piece[0];
  if (piece.length > 1 && /\s/.test(first)) return 'dash';
  return PUNCTUATION[first] ?? (WORD_START.test(first) ? 'word' : 'other');
}

function pieces(text: string, from: number, to: number, into: Token[]): void {
  PIECE.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = PIECE.exec(text)) !== null && match.index < to) {
    const kind = kindOf(match[0]);
    let start = match.index;
    let end = start + match[0].length;
    if (kind === 'dash' && match[0].length > 1) { start += 1; end = start + 1; }
    // "U.S.", "Gov.", "Maj.": the period belongs to the word and ends no sentence.
    if (kind === 'word' && text[end] === '.' && (/^(?:\p{L}\.)+\p{L}$/u.test(match[0]) || TITLE_ABBREVIATIONS.test(match[0]))) end++;
    end = Math.min(end, to);
    PIECE.lastIndex = end;
    const written = text.slice(start, end);
    into.push({ kind, start, end, text: written, lower: kind === 'word' ? written.toLowerCase().replace(/’/g, "'") : written });
  }
}

/** Tokens of [span.start, span.end); each quotation inside the span becomes one token. */
export function tokenize(text: string, span: Span, quotations: Quotation[]): Token[] {
  const tokens: Token[] = [];
  let at = span.start;
  for (const quotation of quotations) {
    if (quotation.start < at || quotation.end > span.end) continue;
    pieces(text, at, quotation.start, tokens);
    const written = text.slice(quotation.start, quotation.end);
    tokens.push({ kind: 'quote', start: quotation.start, end: quotation.end, text: written, lower: written.toLowerCase(), quotation });
    at = quotation.end;
  }
  pieces(text, at, span.end, tokens);
  return tokens;
}

/** Whether a quotation's words end with a comma inside the marks ("sham," while ...), which closes a clause like a comma outside. */
export function endsWithComma(text: string, token: Token): boolean {
  const inner = token.quotation?.inner[token.quotation.inner.length - 1];
  return !!inner && /,\s*$/.test(text.slice(inner.start, inner.end));
}
