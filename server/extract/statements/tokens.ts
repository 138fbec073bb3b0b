// Splits a unit into the shared tokens, each quotation inside it one token, for the attribution rules to walk.
import type { Span } from '../types';
import { lex, type Token } from '../language/tokens';
import type { Quotation } from './quotations';

export type { Token, TokenKind } from '../language/tokens';

/** Tokens of [span.start, span.end); each quotation inside the span becomes one token. */
export function tokenize(text: string, span: Span, quotations: Quotation[]): Token[] {
  const tokens: Token[] = [];
  let at = span.start;
  for (const quotation of quotations) {
    if (quotation.start < at || quotation.end > span.end) continue;
    lex(text, at, quotation.start, tokens);
    const written = text.slice(quotation.start, quotation.end);
    tokens.push({ kind: 'quote', start: quotation.start, end: quotation.end, text: written, lower: written.toLowerCase(), capitalized: false, possessive: false, quotation });
    at = quotation.end;
  }
  lex(text, at, span.end, tokens);
  // "· Ukrainian officials suggested ...": a list's bullet is no part of the sentence it opens.
  if (tokens.length && BULLETS.has(tokens[0].text) && (tokens[0].kind === 'other' || tokens[0].kind === 'dash')) tokens.shift();
  return tokens;
}

const BULLETS = new Set(['·', '•', '▪', '◦', '-', '–', '*']);

/** Whether a quotation's words end with a comma inside the marks ("sham," while ...), which closes a clause like a comma outside. */
export function endsWithComma(text: string, token: Token): boolean {
  const inner = token.quotation?.inner[token.quotation.inner.length - 1];
  return !!inner && /,\s*$/.test(text.slice(inner.start, inner.end));
}
