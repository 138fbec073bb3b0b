// The words of a stretch of text as the entities stage reads them: name parts, with possessives and compounds marked.
import type { Span } from '../types';
import { lex, type Token } from '../language/tokens';

export type { Token } from '../language/tokens';

/** Abbreviations and initials whose period belongs to the name ("Gen.", "J."). */
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Gov|Sen|Rep|St|Jr|Sr|Prof|Brig|Pres|\p{Lu})$/u;
/** A capitalized stem and a lowercase tail ("Moscow-backed", "U.S.-based"): the stem only modifies. */
const COMPOUND = /^(.*?\p{Lu}[^-‑]*)[-‑]\p{Ll}[\p{Ll}\-‑]*$/u;
const CURRENCY = /^[$£€]+/;

function isHyphen(char: string | undefined): boolean {
  return char === '-' || char === '‑';
}

/**
 * The words of the span from the shared tokenizer, each reduced to its name part: "Ukraine" of "Ukraine’s" (possessive),
 * "Moscow" of "Moscow-backed" (attributive); a currency sign is no part of a word, punctuation is left out.
 */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  for (const piece of lex(text, span.start, span.end, [], true)) {
    if (piece.text.length === 2 && piece.possessive === false && /^[’']s$/.test(piece.text)) continue;
    const currency = CURRENCY.test(piece.text) ? CURRENCY.exec(piece.text)![0].length : 0;
    const start = piece.start + currency;
    let word = currency ? piece.text.slice(currency) : piece.text;
    if (!word) continue;
    let end = start + word.length;
    let attributive = false;
    const capitalized = currency ? /^\p{Lu}/u.test(word) : piece.capitalized;
    const compound = capitalized && (word.includes('-') || word.includes('‑')) ? COMPOUND.exec(word) : null;
    if (compound) {
      word = compound[1];
      end = start + word.length;
      attributive = true;
    } else if (isHyphen(text[end]) && /^\p{Ll}/u.test(text.slice(end + 1, end + 2))) {
      attributive = true;
    }
    const possessive = compound || currency ? word.length > 2 && /[’']s$/.test(word) : piece.possessive;
    if (possessive) { word = word.slice(0, -2); end -= 2; }
    if (text.charCodeAt(end) === 46 && end < span.end && word.length <= 4 && ABBREVIATION.test(word)) { word += '.'; end += 1; }
    if (!word) continue;
    tokens.push({ kind: 'word', start, end, text: word, lower: word === piece.text ? piece.lower : word.toLowerCase(), capitalized, possessive, attributive });
  }
  return tokens;
}
