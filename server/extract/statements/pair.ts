// "Both diplomats described ...", "The two leaders said ...": the two people the story just named speak together.
import descriptions from '../kb/descriptions.json';
import type { ArticleParties, Party } from './parties';

/** Plural nouns for people that "both" or "the two" may stand before (kb/descriptions.json). */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(descriptions.pairedPeopleNouns);

export interface PairScene {
  /** Start of the paragraph before the one speaking. */
  recentStart: number;
}

/**
 * The two people named in this paragraph and the one before, for "both diplomats" written at `at`, whether as speakers or
 * in what was said ("Blinken said he had talks with Wang Yi"); undefined unless exactly two.
 */
export function pairNamed(words: string[], at: number, scene: PairScene, parties: ArticleParties): [Party, Party] | undefined {
  const [first, second, third] = words;
  const paired = (words.length === 2 && first === 'both' && PEOPLE_NOUNS.has(second))
    || (words.length === 3 && first === 'the' && second === 'two' && PEOPLE_NOUNS.has(third));
  if (!paired) return undefined;
  const people = new Map<string, Party>();
  for (const mention of parties.before(at, scene.recentStart)) {
    if (mention.entity.type === 'person') people.set(mention.entity.key, parties.partyOf(mention.entity));
  }
  const found = [...people.values()];
  return found.length === 2 ? [found[0], found[1]] : undefined;
}
