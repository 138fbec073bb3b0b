// Resolves pronouns and pronoun-like descriptions to the nearest fitting speaker before them, never by guessing.
import type { Span } from '../types';
import nlp from 'compromise';
import descriptions from '../kb/descriptions.json';
import { FEMALE_PRONOUNS, MALE_PRONOUNS } from '../language/words';
import type { ArticleParties, Party, PlacedMention } from './parties';

export interface Spoken {
  party: Party;
  at: number;
  paragraph: number;
  /** False for a person merely opening a sentence as its subject: a pronoun may still point at them. */
  spoke: boolean;
  /** Rule that resolved the speaker ("statement.speaker-unnamed-official" for "Ukrainian officials"). */
  how?: string;
  /** The speaker was named as a group ("U.S. defense officials"), whom a later "he" does not mean. */
  plural?: boolean;
}

const FEMALE_NAMES = new Set(descriptions.femaleFirstNames);
const MALE_NAMES_IN_A = new Set(descriptions.maleFirstNamesInA);
const FEMALE = new Set(FEMALE_PRONOUNS);
const MALE = new Set(MALE_PRONOUNS);
/** How far back (in paragraphs) a pronoun may reach for its speaker. */
const REACH = 5;

export const PERSON_PRONOUNS = new Set([...FEMALE, ...MALE]);
export const GROUP_PRONOUNS = new Set(['it', 'they']);

/** compromise's lexicon knows many English given names by sex; the KB list adds those of the region. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

type Sex = 'female' | 'likely female' | 'unknown';

/**
 * The KB list is sure; compromise's lexicon also tags names borne by men ("Lindsey") as female, so only "likely"; a given
 * name neither knows that ends in -a is most often a woman's in the languages of the region ("Zdzislawa", "Oleksandra").
 */
function sexOf(party: Party): Sex {
  const first = party.name.split(/\s+/)[0].toLowerCase();
  if (FEMALE_NAMES.has(first)) return 'female';
  const tags = [LEXICON[first] ?? []].flat();
  if (tags.includes('FemaleName')) return 'likely female';
  return !tags.length && /[^aeiou]a$/.test(first) && !MALE_NAMES_IN_A.has(first) && party.name.includes(' ') ? 'likely female' : 'unknown';
}

/** Whether the lexicon knows the person's given name as a man's ("Joe"): "she" never means them. */
function knownMale(party: Party): boolean {
  const first = party.name.split(/\s+/)[0].toLowerCase();
  return [LEXICON[first] ?? []].flat().includes('MaleName') || MALE_NAMES_IN_A.has(first);
}

/** With `lenient`, "he" may also mean someone whose given name is only likely female. */
function fitsPronoun(party: Party, pronoun: string, lenient = false): boolean {
  if (!PERSON_PRONOUNS.has(pronoun)) return party.type === 'organization';
  if (party.type !== 'person') return false;
  const sex = sexOf(party);
  return FEMALE.has(pronoun) ? sex !== 'unknown' : sex === 'unknown' || (lenient && sex === 'likely female');
}

/** A state that spoke before ("Russia said ... It added") can be "it" or "they"; a place merely named cannot. */
function spokeAsGroup(party: Party, pronoun: string): boolean {
  return GROUP_PRONOUNS.has(pronoun) && party.type === 'place';
}

export interface PronounScene {
  pronoun: string;
  at: number;
  paragraph: number;
  /** Start and end of the unit the pronoun is in, and the quotations there (names inside quotes are not antecedents). */
  unitStart: number;
  unitEnd: number;
  quoted: Span[];
  /** Start of the paragraph REACH paragraphs back. */
  reachStart: number;
  /** Every quotation and reported span so far: names there do not speak. */
  said: Span[];
}

/**
 * The antecedent in the pronoun's own sentence: "he" the nearest person named before it (not a possessive: "Putin's
 * press secretary ... he"), "it" the body or state the sentence opens with ("El Pais has released what it says ...").
 */
function inSameSentence(text: string, scene: PronounScene, parties: ArticleParties, fits: (party: Party) => boolean, excluded: Set<string>): Party | undefined {
  const outsideQuotes = (mention: PlacedMention) => !scene.quoted.some((quote) => mention.start >= quote.start && mention.end <= quote.end);
  // "Trump's comments came ..., where he also said": a possessor of his own words is still who "he" means.
  const possessive = (mention: PlacedMention) => /^['’]s\b/.test(text.slice(mention.end, mention.end + 3))
    && !OWN_WORDS.test(text.slice(mention.end, mention.end + OWN_WORDS_REACH));
  const named = parties.before(scene.at, scene.unitStart).filter(outsideQuotes);
  const plain = named.filter((mention) => !possessive(mention)).map((mention) => parties.partyOf(mention.entity));
  if (PERSON_PRONOUNS.has(scene.pronoun)) return plain.find(fits);
  if (scene.pronoun !== 'it') return undefined;
  const body = (party: Party) => !excluded.has(party.key) && (party.type === 'organization' || (party.type === 'place' && !!parties.stateOf(party.name)));
  return [...plain].reverse().find(body) ?? named.map((mention) => parties.partyOf(mention.entity)).reverse().find(body);
}

/**
 * "he"/"she": a person named earlier in the same sentence, else the latest person speaker nearby, else the latest person
 * named nearby. "it"/"they": a body opening the sentence, else the latest organization speaker nearby, else the latest named.
 */
export function resolvePronoun(text: string, scene: PronounScene, history: Spoken[], parties: ArticleParties): Party | undefined {
  // Speakers seldom name themselves in the third person, and "he said of Stoltenberg" cannot mean Stoltenberg:
  // someone named inside the quote or after the pronoun is not its speaker.
  // A body does: "“The EU condemns ...,” it said" is the EU's statement.
  const after = { start: scene.at + scene.pronoun.length, end: scene.unitEnd };
  // Nor do names in words the speaker quotes from someone else ("“... when Trump said ‘I will bring Putin and Zelensky ...’”").
  const selfNaming = (mention: PlacedMention) => GROUP_PRONOUNS.has(scene.pronoun) && mention.entity.type === 'organization';
  const quotedParties = scene.quoted.flatMap((span) => parties.within(span).filter((mention) => !selfNaming(mention) && !insideInnerQuote(text, span, mention)));
  const inInnerQuote = (mention: PlacedMention) => scene.quoted.some((span) => mention.start >= span.start && mention.end <= span.end && insideInnerQuote(text, span, mention));
  const afterParties = parties.within(after).filter((mention) => !inInnerQuote(mention));
  const excluded = new Set([...quotedParties, ...afterParties].map((mention) => parties.partyOf(mention.entity).key));
  const strict = (party: Party) => fitsPronoun(party, scene.pronoun) && !excluded.has(party.key);
  const lenient = (party: Party) => fitsPronoun(party, scene.pronoun, true) && !excluded.has(party.key);
  return inSameSentence(text, scene, parties, strict, excluded) ?? spokenBefore(scene, history, strict, lenient, excluded)
    ?? namedBefore(scene, parties, strict);
}

/** What a person's possessive may head and still be the subject a later "he" means: their own words. */
const OWN_WORDS = /^['’]s\s+(?:comments|remarks|words|speech|statement|interview|address|post|tweet|letter|message|claims?)\b/;
const OWN_WORDS_REACH = 16;

/** Whether a mention inside a quotation stands inside a quotation nested in it (‘...’ within “...”). */
function insideInnerQuote(text: string, quote: Span, mention: PlacedMention): boolean {
  let open = 0;
  for (let at = quote.start + 1; at < mention.start; at++) {
    if (text[at] === '‘') open++;
    // A closing mark, not an apostrophe inside a word ("didn’t").
    else if (text[at] === '’' && open > 0 && !/\p{L}/u.test(text[at + 1] ?? '')) open--;
  }
  return open > 0;
}

const PERSONAL = new Set(['he', 'she']);

/**
 * The latest speaker or sentence subject nearby that fits; a state that spoke can be "it" or "they". "Lindsey Graham said
 * ... He added": a speaker fits leniently, though the lexicon takes his given name for a woman's.
 */
function spokenBefore(scene: PronounScene, history: Spoken[], strict: (party: Party) => boolean, lenient: (party: Party) => boolean,
  excluded: Set<string>): Party | undefined {
  // "The Russian foreign minister responded ... “...,” he said": an unnamed official who was the last to speak is still
  // meant, for his state.
  const near = [...history].reverse().filter((entry) => entry.paragraph >= scene.paragraph - REACH);
  const lastSpeaker = near.find((entry) => entry.spoke);
  const unnamedOfficial = (entry: Spoken) => entry === lastSpeaker && entry.how === 'statement.speaker-unnamed-official'
    && !entry.plural && PERSONAL.has(scene.pronoun.toLowerCase());
  // "Payne said ... “...,” she said": the last speaker, whose given name no lexicon knows, is still "she" (never a "Joe").
  const unknownSpeaker = (entry: Spoken) => entry === lastSpeaker && FEMALE.has(scene.pronoun.toLowerCase()) && entry.party.type === 'person'
    && !knownMale(entry.party) && !excluded.has(entry.party.key);
  return near.find((entry) => entry.paragraph >= scene.paragraph - REACH
    && (strict(entry.party) || (entry.spoke && lenient(entry.party)) || (spokeAsGroup(entry.party, scene.pronoun) && !excluded.has(entry.party.key))
      || unnamedOfficial(entry) || unknownSpeaker(entry)))?.party;
}

/** The latest fitting entity named nearby, outside anything quoted or reported. */
function namedBefore(scene: PronounScene, parties: ArticleParties, fits: (party: Party) => boolean): Party | undefined {
  const outside = (mention: PlacedMention) => !scene.said.some((span) => mention.start >= span.start && mention.start < span.end);
  return parties.before(scene.at, scene.reachStart).filter(outside).map((mention) => parties.partyOf(mention.entity)).find(fits);
}
