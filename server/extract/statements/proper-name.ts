// Reads a proper name the entity stage missed out of a subject ("former official Jon Wolfsthal"), so a named speaker is never lost.
import { entityKey, lookupName } from '../kb';
import type { Token } from './tokens';
import type { Party } from './parties';
import { PREPOSITIONS } from './lexicon';

const TITLES = new Set([
  'president', 'prime', 'minister', 'foreign', 'defense', 'defence', 'deputy', 'secretary', 'general', 'spokesman', 'spokeswoman',
  'chancellor', 'governor', 'mayor', 'chief', 'head', 'commander', 'senator', 'sen', 'rep', 'gen', 'lt', 'col', 'dr', 'mr', 'mrs', 'ms',
  'king', 'queen', 'pope', 'former', 'state', 'of', 'the', 'un', 'us', 'eu', 'nato', 'adviser', 'advisor', 'ambassador', 'lieutenant',
  'colonel', 'major', 'captain', 'admiral', 'marshal', 'director', 'chairman', 'speaker', 'leader', 'envoy', 'analyst', 'professor',
]);
const GROUP = /^(?:[A-Z]{2,}s|Members|Lawmakers|Officials|Leaders|Ministers|Troops|Forces|Allies)$/;
const ORGANIZATION_WORDS = /^(?:institute|ministry|agency|centre|center|university|council|committee|fund|bank|service|news|times|post|group|office|party|command|forces|army|navy|guard|company|foundation|association|union|organization|organisation)$/i;

/** A name of two to four capitalized words at the end of the subject that is not a title; undefined when there is none. */
export function namedInWords(tokens: Token[]): Party | undefined {
  const name: Token[] = [];
  for (let at = tokens.length - 1; at >= 0; at--) {
    const token = tokens[at];
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text) || TITLES.has(token.lower.replace(/\.$/, ''))) break;
    name.unshift(token);
  }
  if (name.length < 2 || name.length > 4 || name.some((token) => /['’]s$/.test(token.text))) return undefined;
  // "in Latin America", "Conservative MPs": a place after a preposition or a group is nobody's name.
  const before = tokens[tokens.length - name.length - 1];
  if ((before && PREPOSITIONS.has(before.lower)) || GROUP.test(name[name.length - 1].text)) return undefined;
  const surface = name.map((token) => token.text).join(' ');
  const known = lookupName(surface);
  if (known?.type === 'place') return undefined;
  if (known) return { key: known.key, name: known.name, type: known.type };
  const type = ORGANIZATION_WORDS.test(name[name.length - 1].text) ? 'organization' : 'person';
  return { key: entityKey(type, surface), name: surface, type };
}
