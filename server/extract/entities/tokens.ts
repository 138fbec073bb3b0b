// Cuts a stretch of text into word tokens with offsets, marking capitalized words, possessives and hyphen compounds.
import type { Span } from '../types';

export interface Token extends Span {
  /** The word without a possessive ending ("Ukraine" for "Ukraine’s"). */
  text: string;
  capitalized: boolean;
  possessive: boolean;
  /** A capitalized stem in a compound whose last part is lowercase ("Moscow" in "Moscow-backed", "U.S." in "U.S.-based"). */
  attributive: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-‑][\p{L}\p{M}\p{N}]+)*/gu;
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Gov|Sen|Rep|St|Jr|Sr|Prof|Brig|Pres|\p{Lu})$/u;
const COMPOUND = /^(.*?\p{Lu}[^-‑]*)[-‑]\p{Ll}[\p{Ll}\-‑]*$/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(word);
}

function isHyphen(char: string | undefined): boolean {
  return char === '-' || char === '‑';
}

export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  // The span is searched on its own: a search of the whole text would run past a span without words to the end.
  const body = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    const start = span.start + m.index;
    let end = start + m[0].length;
    let word = m[0];
    let attributive = false;
    const capitalized = startsUpper(word);
    if (capitalized && (word.includes('-') || word.includes('‑'))) {
      const compound = COMPOUND.exec(word);
      if (compound) { word = compound[1]; end = start + word.length; attributive = true; }
    } else if (isHyphen(text[end]) && LOWER.test(text.slice(end + 1, end + 2))) {
      attributive = true;
    }
    const possessive = word.length > 2 && word.charCodeAt(word.length - 1) === 115 && (word[word.length - 2] === '’' || word[word.length - 2] === "'");
    if (possessive) { word = word.slice(0, -2); end -= 2; }
    if (text[end] === '.' && end < span.end && word.length <= 4 && ABBREVIATION.test(word)) { word += '.'; end += 1; }
    if (!word) continue;
    tokens.push({ start, end, text: word, capitalized: capitalized && word.length > 0, possessive, attributive });
  }
  return tokens;
}
