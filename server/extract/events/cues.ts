// Cues around a trigger about who did it: adjunct participles, bare passives, unnamed subjects, weapons, travellers.
import type { FoundActor } from './actors';
import { actorBefore } from './actors';
import type { ArticleContext } from './context';
import { VERB_FORMS } from './lexicon';
import { STOP_WORDS } from './phrases';
import { eventType } from './types';
import type { SentenceView } from './view';
import { asActor } from './world';
import { ASPECT_LEMMAS, DEFINITE_DETERMINERS } from '../language/words';
import { allForms } from '../language/inflect';

const ARTICLES = new Set(['a', 'an', 'the']);

/** Whether the type presumes an actor for a passive without agent. */
export function presumesPassive(verb: string): boolean {
  const when = eventType(verb).presumed?.when;
  return when === 'any' || !!when?.includes('passive');
}

const ADJUNCT_OPENERS = new Set(['before', 'after', 'while', 'when', 'by', 'since', 'thus', 'then']);

/** "..., seizing X" / "..., before travelling to X": a participle set off by a comma, whose subject opens the sentence. */
export function isAdjunct(view: SentenceView, trigger: number): boolean {
  if (!/ing$/.test(view.tokens[trigger].lower)) return false;
  const comma = ADJUNCT_OPENERS.has(view.tokens[trigger - 1]?.lower ?? '') ? trigger - 2 : trigger - 1;
  return view.tokens[comma]?.lower === ',';
}

// "Having captured Mariupol, Russian forces ...", "After capturing Avdiivka, ...": a participle clause opening the sentence.
const FRONTED_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'on', 'having', 'by']);
const FRONTED_REACH = 12;

/**
 * The subject of the main clause after a participle clause that opens the sentence and holds the trigger, if it is one.
 * A bare participle may open the sentence itself only for a person's presence abroad ("Speaking in Riga, Baerbock said"),
 * where no noun reading competes ("Shelling in Kharkiv continued").
 */
export function frontedSubject(view: SentenceView, context: ArticleContext, trigger: number, opening = false): FoundActor | undefined {
  const tokens = view.tokens;
  if (!/(?:ing|ed|en)$/.test(tokens[trigger].lower) || trigger === 0 && !opening || trigger > 2) return undefined;
  if (!tokens.slice(0, trigger).every((t) => FRONTED_OPENERS.has(t.lower))) return undefined;
  if (tokens[trigger - 1]?.lower !== 'having' && !/ing$/.test(tokens[trigger].lower)) return undefined;
  for (let i = trigger + 1; i < Math.min(tokens.length, trigger + FRONTED_REACH); i++) {
    if (tokens[i].lower !== ',') continue;
    const at = ARTICLES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    const ref = tokens[at]?.ref;
    const party = ref && ref.kind !== 'demonym' && ref.kind !== 'anaphor' ? context.resolve(ref) : undefined;
    const actor = party && asActor(party);
    return actor ? { party: actor, index: at, claims: false } : undefined;
  }
  return undefined;
}

/** The reference opening the sentence, past an article, as an actor. */
export function sentenceSubject(view: SentenceView, context: ArticleContext): FoundActor | undefined {
  const at = ARTICLES.has(view.tokens[0]?.lower ?? '') ? 1 : 0;
  const token = view.tokens[at];
  const party = token?.ref && token.ref.kind !== 'demonym' && token.ref.kind !== 'anaphor' ? context.resolve(token.ref) : undefined;
  const actor = party && asActor(party);
  return actor ? { party: actor, index: at, claims: false } : undefined;
}

export const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const ADVERBS = new Set(['now', 'still', 'also', 'already', 'reportedly', 'again', 'even', 'just', 'then', 'not', 'allegedly',
  'apparently', 'currently']);

/** "claimed to be annexed": a passive with no agent names no actor. */
export function isBarePassive(view: SentenceView, trigger: number): boolean {
  // "was relentlessly bombarded", "were also shelled": an adverb may stand between the auxiliary and the participle.
  const adverb = /ly$/.test(view.tokens[trigger - 1]?.lower ?? '') || ADVERBS.has(view.tokens[trigger - 1]?.lower ?? '');
  const auxiliary = view.tokens[adverb ? trigger - 2 : trigger - 1]?.lower ?? '';
  return /(?:ed|en)$/.test(view.tokens[trigger].lower) && BE.has(auxiliary);
}

/** Weapons that may be the subject of an attack verb. */
export const WEAPONS = new Set(['rockets', 'missiles', 'weapons', 'shells', 'drones', 'bombs', 'strikes', 'airstrikes', 'artillery', 'rocket', 'missile', 'drone', 'shell']);

const LAUNCHING = new Set(['launched', 'fired', 'sent', 'dropped']);
const LAUNCH_PHRASE = 6;

/**
 * The weapon that is the subject right before `trigger`, past a participle phrase saying who launched it or from where
 * ("missiles launched from Belarus hit Zhytomyr", "drones launched by Russia hit Kyiv"): whether there is one, and the
 * launcher named after "by", who then is the attacker.
 */
export function weaponSubject(view: SentenceView, context: ArticleContext, trigger: number): { launcher?: FoundActor } | undefined {
  const tokens = view.tokens;
  if (WEAPONS.has(tokens[trigger - 1]?.lower ?? '')) return {};
  for (let i = trigger - 2; i >= Math.max(1, trigger - LAUNCH_PHRASE); i--) {
    if (!LAUNCHING.has(tokens[i].lower) || !WEAPONS.has(tokens[i - 1].lower)) continue;
    const by = tokens[i + 1]?.lower === 'by' ? tokens[i + 2]?.ref : undefined;
    const party = by && by.kind !== 'anaphor' ? context.resolve(by) : undefined;
    const launcher = party && asActor(party);
    return launcher ? { launcher: { party: launcher, index: i + 2, claims: false } } : {};
  }
  return undefined;
}

/** Papers through which whoever signs them acts ("Putin signed decrees annexing four regions"). */
const INSTRUMENTS = new Set(['decree', 'decrees', 'law', 'laws', 'treaty', 'treaties', 'document', 'documents', 'order', 'orders', 'accords']);

const ASPECT_VERBS = new Set(ASPECT_LEMMAS.flatMap((lemma) => allForms(lemma)));

/** "sanctions targeting Russia": a participle right after a common noun has that noun for subject. */
export function hasUnnamedSubject(view: SentenceView, trigger: number): boolean {
  const previous = view.tokens[trigger - 1];
  if (!/ing$/.test(view.tokens[trigger].lower) || !previous || previous.ref || !/^[a-z]/.test(previous.lower)) return false;
  // "denied withdrawing": after a verb, the -ing word is its object clause, with the verb's subject.
  if (INSTRUMENTS.has(previous.lower) || /ed$/.test(previous.lower) || VERB_FORMS.has(previous.lower) || ASPECT_VERBS.has(previous.lower)) return false;
  return !STOP_WORDS.has(previous.lower) && !ADVERBS.has(previous.lower) && !/ly$/.test(previous.lower);
}

/** The reference a sentence opens with as its subject, as an actor. */
function subjectOf(view: SentenceView, context: ArticleContext): FoundActor | undefined {
  const index = view.tokens.findIndex((token) => token.ref?.subject);
  const party = index >= 0 ? context.resolve(view.tokens[index].ref!) : undefined;
  const actor = party && asActor(party);
  return actor ? { party: actor, index, claims: false } : undefined;
}

// "during a trip to", "at a news conference in", "told a press conference in", "held talks in", "following a day of meetings in".
const GROUP_POSSESSIVES = new Set(['their', 'its', 'our']);
const TRAVEL_ADJUNCTS = new Set(['during', 'on', 'at', 'told', 'addressed', 'attended', 'held', 'holding', 'hosted', 'following', 'after',
  'arrived', 'arriving']);

// "on the sidelines of the NATO summit in": how far back from the noun its adjunct may open.
const ADJUNCT_REACH = 7;

// "following a day of meetings in X", "after his talks in Y": after these a gathering is the subject's own only when it is
// not a definite one ("after the talks in Istanbul") nor one held between others ("talks in X between Russia and Ukraine"),
// which the subject may only have reacted to from afar.
const SEQUEL_ADJUNCTS = new Set(['following', 'after']);
const DEFINITE = new Set(DEFINITE_DETERMINERS);
const OTHERS_PARTIES = new Set(['between']);

/** "after his talks in X" but not "after the talks in X" nor "after talks in X between Y and Z": whether the gathering is the subject's. */
function isOwnSequel(view: SentenceView, adjunct: number, noun: number): boolean {
  return !DEFINITE.has(view.tokens[adjunct + 1]?.lower ?? '') && !saysInClauseAfter(view, noun, OTHERS_PARTIES);
}

/** "the NATO summit", "the G7 meeting": a body named before a gathering only says whose gathering it is. */
function isHostingBody(view: SentenceView, context: ArticleContext, i: number): boolean {
  const ref = view.tokens[i].ref;
  return ref?.kind === 'entity' && context.resolve(ref)?.type === 'organization';
}

/** "X met troops during a trip to Y": a visit told in an adjunct was made by the subject of the clause. */
export function travellerOfAdjunct(view: SentenceView, context: ArticleContext, noun: number): FoundActor | undefined {
  for (let i = noun - 1; i >= Math.max(0, noun - ADJUNCT_REACH); i--) {
    const form = view.tokens[i].lower;
    // "who travelled to Russia after their trip to Ukraine": a group's trip is the group's, whoever the clause's subject is.
    if (GROUP_POSSESSIVES.has(form)) return undefined;
    // "The US secretary of state warned during a visit to Australia": the subject of the clause, past its verb of saying.
    if (TRAVEL_ADJUNCTS.has(form)) {
      if (saysInClauseAfter(view, noun, REMOTE)) return undefined;
      if (SEQUEL_ADJUNCTS.has(form) && !isOwnSequel(view, i, noun)) return undefined;
      return actorBefore(view, context, i) ?? personAfterFronted(view, context, i, noun) ?? subjectOf(view, context);
    }
    if (isHostingBody(view, context, i) && i === noun - 1) continue;
    if (view.tokens[i].ref || !/^[a-z0-9-]+$/.test(form)) return undefined;
  }
  return undefined;
}

// Words that may open the sentence before a fronted adjunct ("Speaking at a news conference in Riga, X said").
const FRONTED_ADJUNCT_OPENERS = new Set(['speaking', 'talking', 'appearing', 'standing', 'addressing', 'later', 'earlier',
  'meanwhile', 'separately', 'also', 'then', 'while', ',']);
// "addressing the summit in X via videolink": whoever spoke from afar was not there.
const REMOTE = new Set(['via', 'videolink', 'video', 'virtually', 'remotely', 'online']);
const FRONTED_ADJUNCT_REACH = 16;
const CLAUSE_AFTER_REACH = 8;

/** "addressing a forum in X via videolink", "talks in X between Y and Z": whether one of `words` follows the noun in its clause. */
function saysInClauseAfter(view: SentenceView, noun: number, words: ReadonlySet<string>): boolean {
  for (let i = noun + 1; i < Math.min(view.tokens.length, noun + CLAUSE_AFTER_REACH); i++) {
    const form = view.tokens[i].lower;
    if (words.has(form)) return true;
    if (form === ',' || form === '.' || form === ';') return false;
  }
  return false;
}
const DESCRIBING_REFS = new Set(['demonym', 'title']);

function personAt(view: SentenceView, context: ArticleContext, at: number): FoundActor | undefined {
  const ref = view.tokens[at]?.ref;
  const party = ref && ref.kind !== 'demonym' && ref.kind !== 'anaphor' ? context.resolve(ref) : undefined;
  return party?.type === 'person' ? { party, index: at, claims: false } : undefined;
}

/** "the European Commission president, Ursula von der Leyen,", "the German chancellor, X,": a description set off before the name. */
function personAfterDescription(view: SentenceView, context: ArticleContext, at: number): FoundActor | undefined {
  const tokens = view.tokens;
  const comma = tokens.findIndex((t, j) => j > at && j <= at + DESCRIPTION_REACH && t.lower === ',');
  const plain = comma > 0 && tokens.slice(at, comma)
    .every((t) => (t.ref ? DESCRIBING_REFS.has(t.ref.kind) : /^[a-z-]+$/.test(t.lower) && !VERB_FORMS.has(t.lower)));
  return plain ? personAt(view, context, comma + 1) : undefined;
}
const DESCRIPTION_REACH = 6;

/**
 * "At a summit in Kyiv last week, the European Commission president, Ursula von der Leyen, said": a visit told in an
 * adjunct opening the sentence was made by the person who is the subject after it, past a description set off before them.
 */
function personAfterFronted(view: SentenceView, context: ArticleContext, adjunct: number, noun: number): FoundActor | undefined {
  const tokens = view.tokens;
  if (!tokens.slice(0, adjunct).every((t) => FRONTED_ADJUNCT_OPENERS.has(t.lower))) return undefined;
  for (let i = noun + 1; i < Math.min(tokens.length, noun + FRONTED_ADJUNCT_REACH); i++) {
    if (tokens[i].lower === ';' || tokens[i].lower === '.') return undefined;
    if (tokens[i].lower !== ',') continue;
    const at = ARTICLES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    return personAt(view, context, at) ?? personAfterDescription(view, context, at);
  }
  return undefined;
}

