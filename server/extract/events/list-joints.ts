// Where a list of places goes on or stops: a phrase placing a listed place is skipped, a name opening a new clause ends it.
import { BE, DO, HAVE, MODALS } from '../language/words';
import { SPEECH } from '../statements/speech-verbs';
import { VERB_FORMS } from './lexicon';
import { DETERMINERS, PLACE_WORDS, STOP_WORDS } from './place-words';
import type { Token } from './view';

// Words that open a phrase saying where a listed place lies ("Kherson, close to Crimea, and Berdyansk").
const LOCATING = new Set(['in', 'on', 'near', 'close', 'outside', 'farther', 'further', 'north', 'south', 'east', 'west',
  'northeast', 'northwest', 'southeast', 'southwest', 'just']);
const MAX_LOCATING_WORDS = 8;

const FINITE = new Set([...BE, ...HAVE, ...DO, ...MODALS]);

/** "seized Kherson and Ukraine retook Izyum": a name followed by a verb is the subject of a new clause, not a listed place. */
export function opensClause(token: Token | undefined): boolean {
  if (!token || token.ref) return false;
  return FINITE.has(token.lower) || VERB_FORMS.has(token.lower) || SPEECH.verbs.has(token.lower) && !SPEECH.nouns.has(token.lower);
}

/**
 * "Soloviove in Donetsk region and Kotliarivka", "Kherson, close to Crimea, and Berdyansk": a phrase saying where a listed
 * place lies, skipped when a conjunction follows it; else the list goes on at `at`.
 */
export function skipLocation(tokens: Token[], at: number, limit: number): number {
  const start = tokens[at]?.lower === ',' ? at + 1 : at;
  if (!LOCATING.has(tokens[start]?.lower ?? '')) return at;
  for (let i = start + 1; i < Math.min(limit, start + MAX_LOCATING_WORDS); i++) {
    const token = tokens[i];
    if (token.lower === 'and' || token.lower === ',' && tokens[i + 1]?.lower === 'and') return i;
    if (token.ref || token.lower === '\'s' || DETERMINERS.has(token.lower) || LOCATING.has(token.lower)) continue;
    if (STOP_WORDS.has(token.lower) && token.lower !== 'of' && token.lower !== 'to' || !/^[a-z-]+$/.test(token.lower)) return at;
    // "close to the Russian-occupied Crimea peninsula": a compound adjective describes the place; a bare participle is a verb.
    if (/(?:ed|ing)$/.test(token.lower) && !PLACE_WORDS.has(token.lower) && !token.lower.includes('-')) return at;
  }
  return at;
}
