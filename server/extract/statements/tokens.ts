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
  joinPluralPossessives(text, tokens);
  // "· Ukrainian officials suggested ...": a list's bullet is no part of the sentence it opens.
  if (tokens.length && BULLETS.has(tokens[0].text) && (tokens[0].kind === 'other' || tokens[0].kind === 'dash')) tokens.shift();
  return tokens;
}

const BULLETS = new Set(['·', '•', '▪', '◦', '-', '–', '*']);

/** "the spies’ spokesman said": a common plural's possessive apostrophe joins its word, so the subject reads as words. */
function joinPluralPossessives(text: string, tokens: Token[]): void {
  for (let at = tokens.length - 2; at >= 0; at--) {
    const word = tokens[at];
    const mark = tokens[at + 1];
    if (word.kind !== 'word' || mark.kind !== 'other' || mark.start !== word.end || !/^[a-z]+s$/.test(word.text)) continue;
    if ((mark.text !== '’' && mark.text !== "'") || !/\s/.test(text[mark.end] ?? '')) continue;
    tokens.splice(at, 2, { ...word, end: mark.end, text: word.text + mark.text, lower: word.lower + "'" });
  }
}

/** Whether a quotation's words end with a comma inside the marks ("sham," while ...), which closes a clause like a comma outside. */
export function endsWithComma(text: string, token: Token): boolean {
  const inner = token.quotation?.inner[token.quotation.inner.length - 1];
  return !!inner && /,\s*$/.test(text.slice(inner.start, inner.end));
}
