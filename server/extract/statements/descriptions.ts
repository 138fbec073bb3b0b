// Matches a description ("the Russian leader", "a Moscow-backed separatist leader", "the institute") against the article's entities.
import type { Entity } from '../types';
import descriptions from '../kb/descriptions.json';
import { lookupName } from '../kb';
import { FINITE_MARKERS, isSpeechVerbWord } from './lexicon';
import type { ArticleParties } from './parties';

const PERSON_ROLES: Record<string, string[]> = descriptions.personRoles;
const ORGANIZATION_NOUNS: Record<string, string[]> = descriptions.organizationNouns;
const QUALIFIERS: Record<string, string[]> = descriptions.qualifiers;
const IGNORED = new Set(descriptions.ignoredWords);
const ALL_ROLES = [...new Set(Object.values(PERSON_ROLES).flat())];
const LEADERS = new Set(['president', 'prime minister', 'chancellor', 'king', 'queen', 'premier', 'supreme leader', 'pope']);
const STOP_AT = new Set(['of', 'in', 'at', 'for', 'from', 'with', 'on', 'to', 'who', 'which', 'that', 'and']);

export interface Description {
  head: string;
  qualifiers: string[];
  /** Head noun names a person's role, or an organization. */
  refersTo: 'person' | 'organization';
  /** An indefinite description ("a spokesperson") introduces someone: it can only be named later in the article. */
  indefinite: boolean;
  /** The body its "of" phrase names ("of the European Commission"), lower case. */
  body?: string;
}

/** "the prime minister of Estonia": the words of an "of" phrase narrow the description like qualifiers before the head. */
function ofPhrase(words: string[], cut: number): string[] {
  if (words[cut] !== 'of') return [];
  const end = words.findIndex((word, at) => at > cut && STOP_AT.has(word));
  return words.slice(cut + 1, end === -1 ? words.length : end).filter((word) => !IGNORED.has(word));
}

const titleCase = (words: string): string => words.replace(/(^|\s)[a-z]/g, (first) => first.toUpperCase());

/** The body an "of" phrase names as a whole ("the president of the European Commission"), lower case, if any. */
function bodyNamed(phrase: string[]): string | undefined {
  const name = phrase.join(' ');
  return phrase.length > 1 && lookupName(titleCase(name))?.type === 'organization' ? name : undefined;
}

/** Reads a description from lower-case words, or undefined when its head noun is neither a role nor a body. */
export function readDescription(written: string[]): Description | undefined {
  // "the ex-president of Poland" is "the former president of Poland".
  const words = written.flatMap((word) => (/^ex-[a-z]/.test(word) && PERSON_ROLES[word.slice(3)] ? ['former', word.slice(3)] : [word]));
  const cut = words.findIndex((word, at) => at > 0 && STOP_AT.has(word));
  const core = (cut === -1 ? words : words.slice(0, cut)).map((word) => word.replace(/’/g, "'"));
  const head = core[core.length - 1];
  if (!head) return undefined;
  const refersTo = PERSON_ROLES[head] ? 'person' : ORGANIZATION_NOUNS[head] ? 'organization' : undefined;
  if (!refersTo) return undefined;
  const of = cut === -1 ? [] : ofPhrase(words, cut);
  const qualifiers = [...core.slice(0, -1), ...of].filter((word) => !IGNORED.has(word));
  return { head, qualifiers, refersTo, indefinite: core[0] === 'a' || core[0] === 'an', body: bodyNamed(of) };
}

const WHOLE_WORDS = new Map<string, RegExp>();

function contains(profile: string, phrase: string): boolean {
  let pattern = WHOLE_WORDS.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^a-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z])`);
    WHOLE_WORDS.set(phrase, pattern);
  }
  return pattern.test(profile);
}

/** A qualifier that names a place or body ("a Mariupol police official") must be in what is known of the entity. */
function namesSomething(words: string): boolean {
  return /^[a-z]/.test(words) && !!lookupName(titleCase(words));
}

function qualifierFits(profile: string, word: string, parties: ArticleParties): boolean {
  const state = parties.stateOf(word);
  if (state) return contains(profile, state.name.toLowerCase()) || contains(profile, word) || contains(profile, word.replace(/'s$/, ''));
  const group = QUALIFIERS[word] ?? Object.values(QUALIFIERS).find((members) => members.includes(word));
  if (group) return group.some((member) => contains(profile, member));
  return !namesSomething(word) || contains(profile, word);
}

/** What the article and the KB say about an entity, lower case: its names with titles, role, affiliation, country. */
export function profileOf(entity: Entity, text: string, parties: ArticleParties): string {
  let profile = parties.profiles.get(entity.key);
  if (profile === undefined) {
    profile = buildProfile(entity, text, parties);
    parties.profiles.set(entity.key, profile);
  }
  return profile;
}

/** Titles written with a period before a name ("Maj. Serhii Volyna"): not a sentence end. */
const ABBREVIATED = /(?:^|\s)(?:Maj|Gen|Lt|Col|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Prof|Cmdr|Brig)\.\s*$/;
/** A capitalized title alone ("General", "Lt. Gen."): it belongs with the description before the comma. */
const TITLE_ONLY = /^\s*(?:\p{Lu}\p{Ll}*\.?\s+){1,2}$/u;
const SENTENCE_END = /[.!?]\s+(?=\S)/g;
const DESCRIBING_WORDS = 9;
const CLAUSAL = new Set(['that', 'which', 'who', 'accept', 'accepts', 'runs', 'run']);

/** Only the words nearest a name describe it, a title or the head of an appositive: not "The central bank said Mir". */
function nearestWords(chunk: string): string {
  const words = chunk.split(/\s+/).slice(-DESCRIBING_WORDS);
  let verb = words.length - 1;
  const clausal = (at: number): boolean => isSpeechVerbWord(words[at], words[at - 1]?.toLowerCase()) || [FINITE_MARKERS, CLAUSAL].some((set) => set.has(words[at].toLowerCase()));
  while (verb >= 0 && !clausal(verb)) verb--;
  return words.slice(verb + 1).join(' ');
}

/** The words before a mention that describe it: its title, or an appositive ending in a comma ("The commander of X, Maj."). */
function describedBefore(text: string, start: number): string {
  let window = text.slice(Math.max(0, start - 120), start).split(/[;:"“”\n]/).pop() ?? '';
  let end: RegExpExecArray | null;
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  while ((end = SENTENCE_END.exec(window)) !== null) if (!ABBREVIATED.test(window.slice(0, end.index + 1))) cut = end.index + end[0].length;
  window = window.slice(cut);
  const chunks = window.split(',');
  const last = chunks.pop() ?? '';
  // "The commander of X, Maj. Serhii Volyna", "the Chairman of X, General Robert Brieger": nothing but a title between the
  // comma and the name; "the VGTRK journalist, radio and TV host Vladimir Soloviev": the last of a list of titles.
  const bare = !last.replace(ABBREVIATED, '').trim() || TITLE_ONLY.test(last);
  const listed = /\sand\s/.test(last);
  return (bare || listed) && chunks.length ? `${nearestWords(chunks.pop() ?? '')} ${last}` : nearestWords(last);
}

/** An appositive after a mention: ", the head of X" or ", chief of X" (not ", who ..." or ", said"). */
const DESCRIBED_AFTER = /^,\s+(?!who\b|which\b|whose\b|said\b|says\b|told\b|and\b|but\b)(?:the\s|a\s|an\s|[a-z])[^,.;]*/;

function buildProfile(entity: Entity, text: string, parties: ArticleParties): string {
  const facts = parties.facts(entity);
  const around = entity.mentions.map((mention) => {
    const after = text.slice(mention.end, mention.end + 100).match(DESCRIBED_AFTER)?.[0] ?? '';
    return `${describedBefore(text, mention.start)} ${mention.text} ${after}`;
  });
  const former = (facts?.former ?? []).map((role) => `former ${role}`);
  return [entity.name, entity.role, entity.affiliation, facts?.role, ...former, facts?.affiliation, facts?.country, ...around]
    .filter(Boolean).join(' | ').toLowerCase().replace(/’/g, "'");
}

/** Whether nothing known of the entity rules the description out: its qualifiers fit and it is known in no role at all. */
export function mayBeDescribed(description: Description, entity: Entity, text: string, parties: ArticleParties): boolean {
  const profile = profileOf(entity, text, parties);
  return !ALL_ROLES.some((role) => contains(profile, role)) && description.qualifiers.every((word) => qualifierFits(profile, word, parties));
}

/** Whether the head fits anyone with a role ("official"), rather than naming a role of its own. */
export function anyRole(description: Description): boolean {
  return description.refersTo === 'person' && PERSON_ROLES[description.head].includes('*');
}

/** "an official" is never the head of state or government the KB knows the person as. */
function leads(entity: Entity, parties: ArticleParties): boolean {
  const role = parties.facts(entity)?.role ?? entity.role ?? '';
  return LEADERS.has(role.toLowerCase());
}

/** Entities of the right type that fit every part of the description. */
export function entitiesFitting(description: Description, candidates: Entity[], text: string, parties: ArticleParties): Entity[] {
  return candidates.filter((entity) => {
    if (entity.type !== description.refersTo) return false;
    const profile = profileOf(entity, text, parties);
    const heads = description.refersTo === 'person' ? PERSON_ROLES[description.head] : ORGANIZATION_NOUNS[description.head];
    const headFits = heads.includes('*')
      ? description.refersTo === 'organization' || (ALL_ROLES.some((role) => contains(profile, role)) && !leads(entity, parties))
      : heads.some((role) => contains(profile, role));
    return headFits && description.qualifiers.every((word) => qualifierFits(profile, word, parties));
  });
}

/**
 * Of those that fit, the ones known in connection with the body the description names ("the president of the European
 * Commission" is not Brazil's president); all of them when none is, since a profile may miss the body.
 */
export function preferringBody(description: Description, fitting: Entity[], text: string, parties: ArticleParties): Entity[] {
  const { body } = description;
  if (!body || fitting.length < 2) return fitting;
  const near = fitting.filter((entity) => contains(profileOf(entity, text, parties), body));
  return near.length ? near : fitting;
}
