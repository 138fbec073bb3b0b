// Finds quotation-mark pairs paragraph by paragraph, telling quote marks from apostrophes, and joins quotes carried over paragraphs.
import type { Span } from '../types';
import type { QuotedSpan } from '../language/tokens';

/** A quotation: its marks and the quoted words without them, one piece per paragraph it runs through. */
export type Quotation = QuotedSpan;

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const QUOTE_MARK = /["“”„«»‘’‚']/g;
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/:;,]/;

/** Paragraphs are the text's lines: news text puts each paragraph on its own line. */
export function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim()) paragraphs.push({ start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return paragraphs;
}

function opensHere(text: string, at: number, start: number): boolean {
  return at === start || BEFORE_OPENING.test(text[at - 1]) || DOUBLE_OPEN.has(text[at - 1]) || SINGLE_OPEN.has(text[at - 1]);
}

function isStraightDoubleOpening(text: string, at: number, start: number, end: number): boolean {
  const next = at + 1 < end ? text[at + 1] : ' ';
  return opensHere(text, at, start) && !/\s/.test(next);
}

function isSingleOpening(text: string, at: number, start: number, end: number): boolean {
  const char = text[at];
  if (!SINGLE_OPEN.has(char) && char !== "'") return false;
  const next = at + 1 < end ? text[at + 1] : ' ';
  return opensHere(text, at, start) && WORD_CHAR.test(next);
}

function isSingleClosing(text: string, at: number, end: number): boolean {
  const char = text[at];
  if (char !== '’' && char !== "'") return false;
  const next = at + 1 < end ? text[at + 1] : ' ';
  return !WORD_CHAR.test(next) && at > 0 && !/\s/.test(text[at - 1]);
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

interface ParagraphQuotes {
  closed: Quotation[];
  /** A quotation opened and not closed by the paragraph's end. */
  open?: Quotation;
}

/**
 * A quote mark opening inside an open quotation nests ("Such "agreements" only ..."): the next closing mark closes the
 * inner pair, the one after it the outer. Should the outer never close, the inner pair is taken as the quotation.
 */
function quotesInParagraph(text: string, paragraph: Span): ParagraphQuotes {
  const closed: Quotation[] = [];
  const inner: Quotation[] = [];
  let double = -1;
  let nested = -1;
  let single = -1;
  QUOTE_MARK.lastIndex = paragraph.start;
  let found: RegExpExecArray | null;
  while ((found = QUOTE_MARK.exec(text)) !== null && found.index < paragraph.end) {
    const at = found.index;
    const char = text[at];
    const isDouble = DOUBLE_OPEN.has(char) || DOUBLE_CLOSE.has(char) || char === '"';
    if (isDouble) {
      const opening = DOUBLE_OPEN.has(char) || (char === '"' && isStraightDoubleOpening(text, at, paragraph.start, paragraph.end));
      const closing = DOUBLE_CLOSE.has(char) || (char === '"' && !/\s/.test(text[at - 1] ?? ' '));
      if (nested >= 0 && closing) {
        inner.push({ start: nested, end: at + 1, inner: [{ start: nested + 1, end: at }], marks: 'double' });
        nested = -1;
      } else if (double >= 0 && closing) {
        closed.push({ start: double, end: at + 1, inner: [{ start: double + 1, end: at }], marks: 'double' });
        double = -1;
        inner.length = 0;
      } else if (opening && double >= 0 && nested < 0) {
        nested = at;
      } else if (opening) {
        double = at;
        single = -1;
      }
      continue;
    }
    if (double >= 0) continue;
    if (single >= 0 && isSingleClosing(text, at, paragraph.end)) {
      closed.push({ start: single, end: at + 1, inner: [{ start: single + 1, end: at }], marks: 'single' });
      single = -1;
    } else if (single < 0 && isSingleOpening(text, at, paragraph.start, paragraph.end)) {
      single = at;
    }
  }
  if (inner.length) return { closed: [...closed, ...inner] };
  if (double < 0) return { closed };
  const rest = trimmed(text, (nested >= 0 ? nested : double) + 1, paragraph.end);
  const start = nested >= 0 ? nested : double;
  return { closed, open: { start, end: rest.end, inner: [rest], marks: 'double' } };
}

/**
 * Every quotation in the text. A paragraph that opens a quote and never closes it goes on in the next
 * paragraph when that one opens with a quote mark (the newspaper convention for long quotations).
 */
export function findQuotations(text: string, paragraphs: Span[]): Quotation[] {
  const found: Quotation[] = [];
  let carried: Quotation | undefined;
  for (const paragraph of paragraphs) {
    const { closed, open } = quotesInParagraph(text, paragraph);
    const first = closed[0] ?? open;
    const continues = carried && first && text.slice(paragraph.start, first.start).trim() === '';
    if (carried && continues) {
      const joined = first;
      joined.inner = [...carried.inner, ...joined.inner];
      joined.start = carried.start;
    } else if (carried) {
      found.push(carried);
    }
    found.push(...closed);
    carried = open;
  }
  if (carried) found.push(carried);
  return found.sort((a, b) => a.start - b.start);
}
