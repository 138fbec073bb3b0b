// "called it a sham", "called him a “dear friend”": where the words of a naming verb start, after its object.
import type { Token } from './tokens';
import { PREPOSITIONS } from './lexicon';

const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'these', 'those', 'us', 'me']);
const PREDICATE_OPENERS = new Set(['a', 'an', 'the']);
/** Words after "called" that make it another verb ("called off", "called up", "called back"). */
const PARTICLES = new Set(['off', 'up', 'back', 'in', 'out', 'on', 'for', 'upon']);
const MAX_OBJECT_WORDS = 6;

/** The index where the name given starts: after a pronoun object, or a quotation after a short noun phrase; undefined otherwise. */
export function namingFrame(tokens: Token[], next: number): number | undefined {
  const object = tokens[next];
  if (!object || object.kind !== 'word' || PARTICLES.has(object.lower)) return undefined;
  if (OBJECT_PRONOUNS.has(object.lower)) {
    const predicate = tokens[next + 1];
    const plain = predicate?.kind === 'word' && /^[a-z]/.test(predicate.text) && !PREPOSITIONS.has(predicate.lower) && !PARTICLES.has(predicate.lower);
    return predicate?.kind === 'quote' || plain ? next + 1 : undefined;
  }
  // "called the referendum a “sham”": a noun phrase object and a quoted name after it.
  for (let at = next + 1; at < Math.min(tokens.length, next + MAX_OBJECT_WORDS); at++) {
    const token = tokens[at];
    if (token.kind === 'quote') return PREDICATE_OPENERS.has(tokens[at - 1].lower) && at - 1 > next ? at - 1 : at;
    if (token.kind !== 'word' || (PREPOSITIONS.has(token.lower) && token.lower !== 'of')) return undefined;
  }
  return undefined;
}
