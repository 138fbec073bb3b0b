// Resolves pronouns and pronoun-like descriptions to the nearest fitting speaker before them, never by guessing.
import type { Span } from '../types';
import descriptions from '../kb/descriptions.json';
import type { ArticleParties, Party, PlacedMention } from './parties';

export interface Spoken {
  party: Party;
  at: number;
  paragraph: number;
  /** False for a person merely opening a sentence as its subject: a pronoun may still point at them. */
  spoke: boolean;
  /** Rule that resolved the speaker ("statement.speaker-unnamed-official" for "Ukrainian officials"). */
  how?: string;
}

const FEMALE_NAMES = new Set(descriptions.femaleFirstNames);
const FEMALE = new Set(descriptions.pronounsFemale);
const MALE = new Set(descriptions.pronounsMale);
/** How far back (in paragraphs) a pronoun may reach for its speaker. */
const REACH = 5;

export const PERSON_PRONOUNS = new Set([...FEMALE, ...MALE]);
export const GROUP_PRONOUNS = new Set(['it', 'they']);

function isFemale(party: Party): boolean {
  return FEMALE_NAMES.has(party.name.split(/\s+/)[0].toLowerCase());
}

function fitsPronoun(party: Party, pronoun: string): boolean {
  if (PERSON_PRONOUNS.has(pronoun)) return party.type === 'person' && (FEMALE.has(pronoun) ? isFemale(party) : !isFemale(party));
  return party.type === 'organization';
}

/** A state that spoke before ("Russia said ... It added") can be "it" or "they"; a place merely named cannot. */
function spokeAsGroup(party: Party, pronoun: string): boolean {
  return GROUP_PRONOUNS.has(pronoun) && party.type === 'place';
}

export interface PronounScene {
  pronoun: string;
  at: number;
  paragraph: number;
  /** Start of the unit the pronoun is in, and the quotations there (names inside quotes are not antecedents). */
  unitStart: number;
  quoted: Span[];
  /** Start of the paragraph REACH paragraphs back. */
  reachStart: number;
}

/**
 * "he"/"she": a person named earlier in the same sentence, else the latest person speaker nearby, else the latest person
 * named nearby. "it"/"they" and "the body": the latest organization speaker nearby, else the latest organization named.
 */
export function resolvePronoun(scene: PronounScene, history: Spoken[], parties: ArticleParties): Party | undefined {
  const outsideQuotes = (mention: PlacedMention) => !scene.quoted.some((quote) => mention.start >= quote.start && mention.end <= quote.end);
  // Speakers seldom name themselves in the third person: someone named inside the quote is not its speaker.
  const namedInQuote = new Set(scene.quoted.flatMap((quote) => parties.within(quote).map((mention) => parties.partyOf(mention.entity).key)));
  const fits = (party: Party) => fitsPronoun(party, scene.pronoun) && !namedInQuote.has(party.key);
  const person = PERSON_PRONOUNS.has(scene.pronoun);
  if (person) {
    const sameUnit = parties.before(scene.at, scene.unitStart).filter(outsideQuotes).map((mention) => parties.partyOf(mention.entity)).find(fits);
    if (sameUnit) return sameUnit;
  }
  const spoken = [...history].reverse()
    .find((entry) => entry.paragraph >= scene.paragraph - REACH && (fits(entry.party) || spokeAsGroup(entry.party, scene.pronoun) && !namedInQuote.has(entry.party.key)));
  if (spoken) return spoken.party;
  return parties.before(scene.at, scene.reachStart).filter(outsideQuotes).map((mention) => parties.partyOf(mention.entity)).find(fits);
}
