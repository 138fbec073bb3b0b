// The reporter's glosses inside reported words: a gloss on a name ("Rostov, a large city ...") and a reading ("in an apparent criticism").
import type { Token } from './tokens';
import { FINITE_MARKERS } from './lexicon';

const RELATIVES = new Set(['which', 'who']);

/** Words opening a reporter's gloss on a name: "a large city in ...", "once considered one of ...". */
const GLOSS_OPENERS = new Set(['a', 'an', 'once', 'formerly']);
const GLOSS_WORDS = 20;

/**
 * "Rostov, a large city in the south of Russia that the command uses", "Prigozhin, once considered one of Putin's fixers,":
 * the reporter's gloss on the name before the comma at `comma`, up to the next comma or the words' end; its end, or -1.
 */
export function glossEnd(tokens: Token[], comma: number, to: number): number {
  const name = tokens[comma - 1];
  const first = tokens[comma + 1];
  if (!name || !/^\p{Lu}/u.test(name.text) || !first || !GLOSS_OPENERS.has(first.text) || !/^[a-z]/.test(tokens[comma + 2]?.text ?? '')) return -1;
  // "once considered": only a participle follows "once"; "a city ..." has no verb of its own before a relative pronoun.
  if ((first.text === 'once' || first.text === 'formerly') && !/ed$/.test(tokens[comma + 2].text)) return -1;
  let relative = false;
  for (let at = comma + 2; at < to; at++) {
    const token = tokens[at];
    // A gloss has a head after its opener ("a nuclear power"; "a reasonable, smart person" lists adjectives); a stop ends the words.
    if (token.kind === 'end') return to;
    if (token.kind === 'comma') return at > comma + 3 ? at : -1;
    if (token.kind !== 'word' || (!relative && at >= comma + GLOSS_WORDS)) return -1;
    relative ||= RELATIVES.has(token.lower) || token.lower === 'that';
    if (!relative && FINITE_MARKERS.has(token.lower)) return -1;
  }
  return to;
}

/** Nouns of the reporter's reading of what was said: "in an apparent criticism", "in a veiled swipe at". */
const READINGS = new Set(['criticism', 'reference', 'swipe', 'dig', 'jab', 'rebuke', 'nod', 'allusion', 'rebuff', 'warning', 'signal', 'message']);
const READING_REACH = 4;

/** "a veiled swipe", "an apparent reference": an article, a few adjectives, then a noun of reading. */
export function readingOfWords(tokens: Token[], from: number, to: number): boolean {
  if (!['a', 'an'].includes(tokens[from]?.lower ?? '')) return false;
  for (let at = from + 1; at < Math.min(to, from + READING_REACH); at++) {
    if (tokens[at].kind !== 'word') return false;
    if (READINGS.has(tokens[at].lower)) return true;
  }
  return false;
}
