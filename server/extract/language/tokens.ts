// The one tokenizer of the extractor: words, numbers and punctuation of a stretch of text, each with its offsets.
import { PARTY_AND_STATE } from './words';
import type { Span } from '../types';

export type TokenKind = 'word' | 'quote' | 'comma' | 'colon' | 'semicolon' | 'dash' | 'end' | 'open' | 'close' | 'other';

/** A quotation read as one token by the statements stage: its marks and the words inside them, per paragraph. */
export interface QuotedSpan extends Span {
  inner: Span[];
  marks: 'double' | 'single';
}

/**
 * A token of the text. Every stage reads the same shape: the entities stage keeps in `text` only the name part of a word
 * ("Ukraine" of "Ukraine’s", "Moscow" of "Moscow-backed") and says so with `possessive` and `attributive`; the events
 * stage renders references as markers ("@e3") in `lower`.
 */
export interface Token extends Span {
  kind: TokenKind;
  /** The word as written; for a quotation, its marks included. */
  text: string;
  /** Lower case with curly apostrophes straightened, for words; as written otherwise. */
  lower: string;
  /** Written with a capital letter. */
  capitalized: boolean;
  /** Ends in a possessive "’s". */
  possessive: boolean;
  /** A capitalized stem used as a modifier in a compound ("Moscow" in "Moscow-backed"). */
  attributive?: boolean;
  quotation?: QuotedSpan;
}

const GLUED_STOP = /[.](?=\p{Lu}\p{Ll})/u;
const UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{M}\p{N}]/u;
/** Abbreviations whose period belongs to the word ("Gen.", "Mr."): not a sentence end. */
const ABBREVIATIONS = /^(?:Gov|Sen|Rep|Gen|Maj|Lt|Col|Capt|Adm|Sgt|Cmdr|Brig|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Pres)$/;
/** A month written short before a day ("Feb. 24"): its period is no sentence end. */
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const PUNCTUATION: Record<string, TokenKind> = {
  ',': 'comma', ':': 'colon', ';': 'semicolon', '\u2014': 'dash', '\u2013': 'dash', '.': 'end', '!': 'end', '?': 'end', '…': 'end',
  '(': 'open', '[': 'open', ')': 'close', ']': 'close',
};

// The scanner reads characters by code: ASCII letters and digits directly, other characters through the Unicode classes.
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isCurrency = (ch: string): boolean => ch === '$' || ch === '£' || ch === '€';

function isLetterOrDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return isDigit(c) || isAsciiLetter(c);
  return LETTER_OR_DIGIT.test(text[at]);
}

/** Ends a word: a letter, a combining mark or a digit, or "%". */
function endsWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return isDigit(c) || isAsciiLetter(c) || c === 37;
  return WORD_END.test(text[at]);
}

/** Inside a word: what ends one, apostrophes, stops, hyphens and currency signs. */
function insideWord(text: string, at: number): boolean {
  const ch = text[at];
  return endsWord(text, at) || ch === "'" || ch === '’' || ch === '.' || ch === '-' || ch === '‑' || isCurrency(ch);
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || (!!ch && ch > '~' && /\s/.test(ch));
const isAsciiWordChar = (c: number): boolean => isDigit(c) || isAsciiLetter(c) || c === 95;

/** "300,000" and "1,250.5" from `at`: the end of the number, or -1 when no thousands group follows. */
function thousandsEnd(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && i - at < 3 && isDigit(text.charCodeAt(i))) i++;
  let groups = 0;
  while (text[i] === ',' && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) {
    i += 4;
    groups++;
  }
  if (!groups) return -1;
  if (text[i] === '.' && isDigit(text.charCodeAt(i + 1))) { i++; while (isDigit(text.charCodeAt(i))) i++; }
  return i;
}

/**
 * The end of the token starting at `at` (not a space) and whether it is a word: a number in thousands, a word (a letter,
 * digit or currency sign, then letters, marks, digits, apostrophes, stops, hyphens, currency signs, ending in a letter,
 * mark, digit or "%"), a stray possessive "’s", a run of sentence-ending marks, or any other single character.
 */
/** Whether the piece `pieceAt` last returned is a word. */
let pieceIsWord = false;

function pieceAt(text: string, at: number, to: number): number {
  pieceIsWord = true;
  if (isDigit(text.charCodeAt(at))) {
    const number = thousandsEnd(text, at, to);
    if (number > 0) return number;
  }
  const ch = text[at];
  if (isLetterOrDigit(text, at) || isCurrency(ch)) {
    let end = at + 1;
    while (end < text.length && insideWord(text, end)) end++;
    while (end > at + 1 && !endsWord(text, end - 1)) end--;
    if (end > at + 1 || isLetterOrDigit(text, at)) return end;
  }
  if ((ch === '’' || ch === "'") && text[at + 1] === 's' && !isAsciiWordChar(text.charCodeAt(at + 2))) return at + 2;
  pieceIsWord = false;
  if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
    let end = at + 1;
    while (end < to && '.!?…'.includes(text[end])) end++;
    return end;
  }
  return at + 1 + (text.charCodeAt(at) >= 0xd800 && text.charCodeAt(at) <= 0xdbff ? 1 : 0);
}


export function lowerOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(word);
}

/** A word token made from the text between `start` and `end`. */
export function wordToken(text: string, start: number, end: number): Token {
  const written = text.slice(start, end);
  const n = written.length;
  const apostrophe = written[n - 2];
  return {
    kind: 'word', start, end, text: written, lower: lowerOf(written), capitalized: startsUpper(written),
    possessive: n > 2 && written[n - 1] === 's' && (apostrophe === '’' || apostrophe === "'"),
  };
}

/** Appends the tokens of [from, to) to `into`, or only its words; "U.S." and "Gen." keep their period. */
export function lex(text: string, from: number, to: number, into: Token[] = [], wordsOnly = false): Token[] {
  let at = from;
  while (at < to) {
    const ch = text[at];
    if (isSpace(ch)) {
      // A dash between spaces is a dash, and so is a double hyphen (" -- "); the spaces belong to no token.
      const dash = text[at + 1];
      const width = dash === '-' && text[at + 2] === '-' ? 2 : 1;
      if ((dash === '\u2014' || dash === '\u2013' || dash === '-') && isSpace(text[at + 1 + width]) && at + width < to) {
        if (!wordsOnly) into.push({ kind: 'dash', start: at + 1, end: at + 1 + width, text: text.slice(at + 1, at + 1 + width), lower: dash, capitalized: false, possessive: false });
        at += 1 + width;
        continue;
      }
      at++;
      continue;
    }
    const piece = text.slice(at, pieceAt(text, at, to));
    // "(CNN)- US President ...": a hyphen between a closing bracket and a space sets the dateline off like a dash.
    const datelineDash = piece === '-' && text[at - 1] === ')' && isSpace(text[at + 1]);
    const kind = pieceIsWord ? 'word' : datelineDash ? 'dash' : PUNCTUATION[piece[0]] ?? 'other';
    const start = at;
    // "now.Johnson", "Ukraine.Today": a stop without its space still ends the word.
    const glued = kind === 'word' ? GLUED_STOP.exec(piece) : null;
    let end = start + (glued ? glued.index : piece.length);
    if (kind === 'word' && text[end] === '.' && (/^(?:\p{L}\.)+\p{L}$/u.test(piece) || ABBREVIATIONS.test(piece) || PARTY_AND_STATE.test(piece)
      || (MONTH_ABBREVIATION.test(piece) && /^ \d/.test(text.slice(end + 1, end + 3))))) end++;
    end = Math.min(end, to);
    at = end;
    if (kind === 'word') { into.push(wordToken(text, start, end)); continue; }
    if (wordsOnly) continue;
    const written = text.slice(start, end);
    into.push({ kind, start, end, text: written, lower: written, capitalized: false, possessive: false });
  }
  return into;
}
