// The one tokenizer of the extractor: words, numbers and punctuation of a stretch of text, each with its offsets.
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

// Thousands ("300,000"), words with inner apostrophes, hyphens and initialism dots, a stray possessive "’s" (after a
// name the events stage has taken), a dash between spaces, runs of sentence-ending marks, any other single character.
const PIECE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}$£€][\p{L}\p{M}\p{N}'’.\-‑$%£€]*[\p{L}\p{M}\p{N}%]|[\p{L}\p{N}]|[’']s\b|\s[\u2014\u2013-]\s|[.!?…]+|\S/gu;
const WORD_START = /[\p{L}\p{N}$£€’']/u;
const GLUED_STOP = /[.](?=\p{Lu}\p{Ll})/u;
const UPPER = /^\p{Lu}/u;
/** Abbreviations whose period belongs to the word ("Gen.", "Mr."): not a sentence end. */
const ABBREVIATIONS = /^(?:Gov|Sen|Rep|Gen|Maj|Lt|Col|Capt|Adm|Sgt|Cmdr|Brig|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Pres)$/;
const PUNCTUATION: Record<string, TokenKind> = {
  ',': 'comma', ':': 'colon', ';': 'semicolon', '\u2014': 'dash', '\u2013': 'dash', '.': 'end', '!': 'end', '?': 'end', '…': 'end',
  '(': 'open', '[': 'open', ')': 'close', ']': 'close',
};

function kindOf(piece: string): TokenKind {
  const first = piece[0];
  if (piece.length > 1 && /\s/.test(first)) return 'dash';
  return PUNCTUATION[first] ?? (WORD_START.test(first) && piece !== "'" && piece !== '’' ? 'word' : 'other');
}

export function lowerOf(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** A word token made from the text between `start` and `end`. */
export function wordToken(text: string, start: number, end: number): Token {
  const written = text.slice(start, end);
  return {
    kind: 'word', start, end, text: written, lower: lowerOf(written), capitalized: UPPER.test(written),
    possessive: written.length > 2 && /[’']s$/.test(written),
  };
}

/** Appends the tokens of [from, to) to `into`; "U.S." and "Gen." keep their period. */
export function lex(text: string, from: number, to: number, into: Token[] = []): Token[] {
  PIECE.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = PIECE.exec(text)) !== null && match.index < to) {
    const kind = kindOf(match[0]);
    let start = match.index;
    // "now.Johnson", "Ukraine.Today": a stop without its space still ends the word.
    const glued = kind === 'word' ? GLUED_STOP.exec(match[0]) : null;
    let end = start + (glued ? glued.index : match[0].length);
    if (kind === 'dash' && match[0].length > 1) { start += 1; end = start + 1; }
    if (kind === 'word' && text[end] === '.' && (/^(?:\p{L}\.)+\p{L}$/u.test(match[0]) || ABBREVIATIONS.test(match[0]))) end++;
    end = Math.min(end, to);
    PIECE.lastIndex = end;
    if (kind === 'word') { into.push(wordToken(text, start, end)); continue; }
    const written = text.slice(start, end);
    into.push({ kind, start, end, text: written, lower: written, capitalized: false, possessive: false });
  }
  return into;
}
