// Finds who did it: the subject left of a verb, the agent after "by", the possessor of a noun ("Russia's retreat").
import actorsFile from '../kb/event-actors.json';
import { verbForms } from '../language/inflect';
import { alternation, MONTHS, WEEKDAYS } from '../language/words';
import type { ArticleContext } from './context';
import { VERB_FORMS } from './lexicon';
import { eventType } from './types';
import { isPreposition } from './phrases';
import type { SentenceView, Token } from './view';
import { actingState, asActor } from './world';
import { FIRST_PERSON, firstPerson, forcedDoer, gerundOf, isInfinitive, isSpeech, POSSESSIVES, subjectOfAuxiliary, VERB_ADVERB } from './subject-cues';
import type { Party } from './world';

export interface FoundActor {
  party: Party;
  /** Token index where the actor was found. */
  index: number;
  /** The actor only claims it ("Kyiv's claim to have entered", "Russia claims to have taken"). */
  claims: boolean;
  /** Others named with the actor as joint subject ("Washington and London have pledged"). */
  partners?: Party[];
  /** Who claims it when not the actor ("Zelensky announced the liberation of X": Ukraine acted, Zelensky claims). */
  claimant?: Party;
}

const HARD_STOPS = new Set([';', ':', '(', ')', '?', '!']);
/** Words opening a clause with a subject of its own ("... while the UN chief was visiting"): the actor is not before them. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'because', 'unless', 'until']);
// The subject of a reported clause comes after the speech verb: never reach across one.
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she']);
const UNRESOLVED_SUBJECTS = new Set(['you', 'we', 'i', 'someone', 'nobody']);
const CALENDAR = new RegExp(`^(?:${alternation([...WEEKDAYS, ...MONTHS.map((month) => month.slice(0, 3))])})`);
const RELATIVE_SUBJECTS = new Set(['which', 'who']);
// Verbs whose subject is the agent of the event noun they govern ("made an advance in", "forces involved in the advance").
const AGENTIVE = new Set(['made', 'make', 'makes', 'making', 'launched', 'launch', 'launches', 'launching', 'mounted',
  'mount', 'mounting', 'carried', 'carry', 'carries', 'carrying', 'conducted', 'conduct', 'conducting', 'staging', 'continued', 'continue', 'continues', 'continuing', 'stepped', 'stopped', 'halted',
  'resumed', 'began', 'begun', 'started', 'pressed', 'pressing', 'intensified', 'campaign', 'completed', 'complete',
  'formalized', 'formalised', 'formalize', 'finalized', 'signed', 'legislate', 'legislated', 'ordered', 'proclaimed',
  'declared', 'ratified', 'undertook', 'staged', 'waged', 'unleashed', 'inflicting', 'announced', 'announces',
  'involved', 'engaged', 'participating', 'pay', 'pays', 'paid', 'paying', 'claimed', 'claims', 'claiming']);
// Nouns whose possessor is the one who acts ("Moscow's decision to abandon", "Kyiv's claim to have entered").
const AGENT_NOUNS = new Set(['decision', 'claim', 'claims', 'move', 'bid', 'order', 'orders', 'effort', 'efforts',
  'attempt', 'attempts', 'announcement']);
const CLAIM_WORDS = new Set(['claim', 'claims', 'claimed', 'claiming']);
const ACCUSING = new Set(['accused', 'accuses', 'accuse', 'accusing', 'blamed', 'blames', 'blame', 'blaming']);
const ROLE_NOUNS = new Set(actorsFile.roleNouns);
const GROUP_NOUNS = new Set(actorsFile.groupNouns);
const MAX_REACH = 30;

function possessorOf(view: SentenceView, at: number): boolean {
  return view.tokens[at + 1]?.lower === '\'s';
}

/** The actor a reference names, if it can act: states, capitals and forces for the state, persons, bodies. */
function actorOfRef(token: Token, context: ArticleContext): Party | undefined {
  const ref = token.ref!;
  if (ref.kind === 'demonym' || ref.kind === 'anaphor') return undefined;
  const party = context.resolve(ref);
  return party && asActor(party);
}

// "It was Ukraine that launched": after a form of "be" a name is the predicate, not an object.
const NOT_VERBS = new Set(['was', 'were', 'during', 'according', 'notwithstanding', 'red', 'bed', 'hundred', 'thing', 'king',
  'spring']);

/** A verb just before a name makes the name its object ("attacked Ukraine in 2014, annexed Crimea", "stocking Putin"). */
function isObjectOfVerb(token: Token | undefined): boolean {
  if (!token || token.ref || NOT_VERBS.has(token.lower)) return false;
  return VERB_FORMS.has(token.lower) || /^[a-z]{3,}(?:ed|ing)$/.test(token.lower);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);

/**
 * Where the word before a phrase stands, past one article or possessive pronoun ("on the Russian army"). An index, not
 * the token: callers look at its neighbours, and finding a token's index again by search was a fifth of the events stage.
 */
function headIndexBefore(view: SentenceView, at: number): number {
  const previous = view.tokens[at - 1];
  return previous && DETERMINERS.has(previous.lower) ? at - 2 : at - 1;
}

type Verdict = 'stop' | { skipTo: number } | FoundActor;

/** What a named reference found while walking left means for the subject search. */
/** Where a series of names ending at token i begins ("the Republic of Congo and Uganda"). */
function seriesStart(view: SentenceView, i: number): number {
  let first = i;
  // A series ends in "and"/"or"; commas only join the names before that ("A, B and C"), else they end a clause.
  let joints = ['and', 'or'];
  for (;;) {
    let index = headIndexBefore(view, first);
    const joint = view.tokens[index];
    if (joint && joints.includes(joint.lower) && view.tokens[index - 1]?.lower === ',') index--;
    if (!joint || !joints.includes(joint.lower) || !view.tokens[index - 1]?.ref) return first;
    first = index - 1;
    joints = [','];
  }
}

function judgeRef(view: SentenceView, context: ArticleContext, i: number, trigger: number, claims: boolean): Verdict {
  const first = seriesStart(view, i);
  const head = headIndexBefore(view, first);
  const previous = view.tokens[head];
  const skip = { skipTo: first };
  const next = view.tokens[i + 1];
  const party = actorOfRef(view.tokens[i], context);
  // "accused Kyiv of attacking Moscow": the accused is the one said to act.
  if (next?.lower === 'of' && i + 2 === trigger && ACCUSING.has(previous?.lower ?? '')) {
    return party ? { party, index: i, claims: false } : 'stop';
  }
  // "with Japan pledging aid": an absolute clause whose subject follows "with".
  if (previous?.lower === 'with' && i + 1 === trigger && party) return { party, index: i, claims: false };
  // "the Georgia War": a name inside a longer capitalized name only describes it.
  if (next?.lower === '-' || next && !next.ref && next.capitalized && /^[a-z]/.test(next.lower)) return skip;
  const owned = possessorOf(view, i) ? view.tokens[i + 2]?.lower ?? '' : '';
  if (ROLE_NOUNS.has(next?.lower ?? '') || ROLE_NOUNS.has(owned)) return 'stop';
  // "Russia claimed its troops had taken X": after a verb of saying, a name opens the reported clause as its subject.
  if (isSpeech(previous?.lower ?? '') && party) return { party, index: i, claims: false };
  if (party && opensClause(view, first, i, trigger, head)) return { party, index: i, claims };
  if (isObjectOfVerb(previous) || isInfinitive(view, previous)) return skip;
  if (isPreposition(previous) && !AGENT_NOUNS.has(owned) && !isQuantityOf(view, head)) return skip;
  if (!party) return skip;
  const partners = view.tokens.slice(first, i).filter((t) => t.ref).map((t) => actorOfRef(t, context))
    .filter((p): p is Party => !!p && p.key !== party.key);
  return { party, index: i, claims, ...(partners.length ? { partners } : {}) };
}

/**
 * "send weapons to Ukraine and the United States greenlights aid": a name joined by "and" right before the verb, after
 * an object of an earlier verb, opens a clause of its own ("Envoys from Kenya and Uganda visited" have no verb before).
 */
function opensClause(view: SentenceView, first: number, last: number, trigger: number, head: number): boolean {
  const previous = view.tokens[head];
  if (last + 1 !== trigger || view.tokens[last - 1]?.lower !== 'and' && view.tokens[last - 2]?.lower !== 'and' || !previous) return false;
  if (!isPreposition(previous)) return isObjectOfVerb(previous);
  return view.tokens.slice(Math.max(0, head - 4), head).some((t) => isObjectOfVerb(t) || VERB_FORMS.has(t.lower)) && first < last;
}

// "Dozens of Russian missiles struck": the name after a quantity and "of" is the subject itself.
const QUANTITIES = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'waves', 'wave', 'salvo', 'salvos', 'barrage',
  'volley', 'swarm', 'swarms', 'series', 'number', 'numbers']);

function isQuantityOf(view: SentenceView, at: number): boolean {
  if (view.tokens[at]?.lower !== 'of') return false;
  return QUANTITIES.has(view.tokens[at - 1]?.lower ?? '');
}

/** A capitalized word the entity stage did not know ("Leopards ... arrived in"): an unnamed subject, not a day or month. */
function isUnknownName(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  if (!token.capitalized || token.ref || i === 0 || CALENDAR.test(token.lower) || view.tokens[i - 1].ref) return false;
  // "fired at X with Uragans": a name right after a preposition is its object, no subject.
  return /^[a-z]/.test(token.lower) && !/^[.!?"“(]$/.test(view.tokens[i - 1].lower) && !isPreposition(view.tokens[i - 1]);
}

/** The comma right before the verb at `from`, past its adverbs ("..., later struck"); its index, or -1. */
function commaBeforeVerb(view: SentenceView, from: number): number {
  let i = from - 1;
  while (i >= 0 && VERB_ADVERB.test(view.tokens[i].lower)) i--;
  return view.tokens[i]?.lower === ',' ? i : -1;
}

/**
 * "Sophie, the Duchess of Edinburgh, who is the wife of Prince Edward, King Charles' youngest sibling, travelled to": a verb
 * right after the comma closing a relative clause set off by commas has the clause's antecedent for subject; the index of
 * its "who" or "which", or -1.
 */
function closedRelative(view: SentenceView, from: number): number {
  const i = commaBeforeVerb(view, from);
  if (i < 0) return -1;
  for (let j = i - 1; j >= Math.max(1, from - MAX_REACH); j--) {
    const form = view.tokens[j].lower;
    if (HARD_STOPS.has(form)) return -1;
    if (RELATIVE_SUBJECTS.has(form)) return view.tokens[j - 1].lower === ',' ? j : -1;
  }
  return -1;
}

const APPOSITIVE_REACH = 10;

/**
 * "Boris Pistorius, Germany's defence minister, visited": a verb right after an appositive naming a role, set off by
 * commas, has the person before the appositive for subject, not the state the role is of.
 */
function apposedSubject(view: SentenceView, context: ArticleContext, from: number): FoundActor | undefined {
  const close = commaBeforeVerb(view, from);
  if (close < 0) return undefined;
  let role = false;
  for (let j = close - 1; j >= Math.max(1, close - APPOSITIVE_REACH); j--) {
    const token = view.tokens[j];
    if (token.lower === ',') {
      const named = view.tokens[j - 1];
      const party = role && named?.ref?.kind === 'entity' && named.ref.party?.type === 'person' ? context.resolve(named.ref) : undefined;
      return party ? { party, index: j - 1, claims: false } : undefined;
    }
    if (HARD_STOPS.has(token.lower) || RELATIVE_SUBJECTS.has(token.lower) || isObjectOfVerb(token) && !ROLE_NOUNS.has(token.lower)) return undefined;
    // "Biden, the US president, ...": an office written as a title reference names a role too.
    if (ROLE_NOUNS.has(token.lower) || token.ref?.kind === 'title') role = true;
  }
  return undefined;
}

/** "Baerbock, who arrived": the subject is the phrase before the relative pronoun. */
function relativeAntecedent(view: SentenceView, context: ArticleContext, at: number): FoundActor | undefined {
  const i = view.tokens[at - 1]?.lower === ',' ? at - 2 : at - 1;
  const token = view.tokens[i];
  // "the first lady of Ukraine, who": a name after "of" only completes a description; the one described is further left.
  const party = token?.ref && !isPreposition(view.tokens[i - 1]) ? actorOfRef(token, context) : undefined;
  if (party) return { party, index: i, claims: false };
  // "Olena Zelenska, the first lady of Ukraine, who ...": past an appositive set off by commas, the name it describes.
  const comma = appositiveStart(view, i);
  const named = comma > 0 ? view.tokens[comma - 1] : undefined;
  const described = named?.ref ? actorOfRef(named, context) : undefined;
  return described ? { party: described, index: comma - 1, claims: false } : undefined;
}

const APPOSITIVE_WORDS = 8;

/** The comma opening an appositive ("the Duchess of Edinburgh") that ends at token `end`, or -1. */
function appositiveStart(view: SentenceView, end: number): number {
  for (let i = end; i >= Math.max(0, end - APPOSITIVE_WORDS); i--) {
    const form = view.tokens[i].lower;
    if (form === ',') return ['the', 'a', 'an'].includes(view.tokens[i + 1]?.lower ?? '') ? i : -1;
    if (HARD_STOPS.has(form) || SUBJECT_PRONOUNS.has(form) || RELATIVE_SUBJECTS.has(form)) return -1;
  }
  return -1;
}

/** "it was announced": an empty subject before a passive. */
function isExpletive(view: SentenceView, i: number, trigger: number): boolean {
  return view.tokens[i].lower === 'it' && i + 2 === trigger && ['is', 'was'].includes(view.tokens[i + 1].lower)
    && /(?:ed|en)$/.test(view.tokens[trigger].lower);
}

const DASHES = new Set(['–', '—', '--']);
const ASIDE_REACH = 12;

/** The opening dash of an aside that the dash at `closing` ends, within a few words and no clause end; else -1. */
function openingDash(view: SentenceView, closing: number): number {
  for (let i = closing - 1; i >= Math.max(0, closing - ASIDE_REACH); i--) {
    const form = view.tokens[i].lower;
    if (DASHES.has(form)) return i;
    if (form === '.' || form === ';' || form === ':') return -1;
  }
  return -1;
}

/** The subject left of token `from`, within its clause and not across a speech verb or another would-be subject. */
export function actorBefore(view: SentenceView, context: ArticleContext, from: number): FoundActor | undefined {
  const forced = forcedDoer(view, from);
  if (forced >= 0) {
    const party = actorOfRef(view.tokens[forced], context);
    return party ? { party, index: forced, claims: false } : undefined;
  }
  const closed = closedRelative(view, from);
  if (closed >= 0) return relativeAntecedent(view, context, closed);
  const described = apposedSubject(view, context, from);
  if (described) return described;
  let claims = false;
  const subject = subjectOfAuxiliary(view, from);
  for (let i = from - 1; i >= Math.max(0, from - MAX_REACH); i--) {
    // "his counterparts from the Quad – Australia, India and Japan – following": an aside between dashes names no subject.
    const aside = DASHES.has(view.tokens[i].lower) ? openingDash(view, i) : -1;
    if (aside > 0) i = aside - 1;
    const token = view.tokens[i];
    // "as the UN secretary general was visiting X": the subject of the auxiliary names no actor; no one further left is it.
    if (i === subject && !token.ref && !SUBJECT_PRONOUNS.has(token.lower) && !FIRST_PERSON.has(token.lower) && !RELATIVE_SUBJECTS.has(token.lower)
      && /^[a-z]+$/.test(token.lower) && !POSSESSIVES.has(view.tokens[i - 1]?.lower ?? '')) return undefined;
    const claimsTo = CLAIM_WORDS.has(token.lower) && view.tokens[i + 1]?.lower === 'to';
    // "“I am announcing new aid for Ukraine,” Biden said": "I" or "we" inside quoted words is their speaker or the speaker's state.
    if (FIRST_PERSON.has(token.lower)) return firstPerson(context, token, i);
    if (HARD_STOPS.has(token.lower) || isSpeech(token.lower) && !claimsTo && !gerundOf(view, i, from) || UNRESOLVED_SUBJECTS.has(token.lower)) return undefined;
    if (CLAUSE_OPENERS.has(token.lower) && i < from - 1) return undefined;
    if (isUnknownName(view, i)) return undefined;
    // "refugees fleeing Ukraine": someone unnamed is the subject, unless the group is a verb's object.
    if (GROUP_NOUNS.has(token.lower) && !isObjectOfVerb(view.tokens[i - 1])) return undefined;
    if (CLAIM_WORDS.has(token.lower)) claims = true;
    if (RELATIVE_SUBJECTS.has(token.lower)) return relativeAntecedent(view, context, i);
    if (token.ref) {
      const verdict = judgeRef(view, context, i, from, claims);
      if (verdict === 'stop') return undefined;
      if ('party' in verdict) return verdict;
      if (i === subject) return undefined;
      i = verdict.skipTo;
      continue;
    }
    if (SUBJECT_PRONOUNS.has(token.lower)) {
      if (isExpletive(view, i, from)) return undefined;
      const antecedent = context.resolvePronoun(token.lower, token.start, view.sentence.index);
      const party = antecedent && asActor(antecedent);
      return party ? { party, index: i, claims: false } : undefined;
    }
  }
  return undefined;
}

/**
 * Nouns of armed action or hold after a demonym that make the demonym's state the agent ("by a Russian missile attack",
 * "returned to Ukrainian control").
 */
const FORCE_ACTS = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'missile', 'missiles',
  'drone', 'drones', 'rocket', 'rockets', 'bombardment', 'bombing', 'fire', 'artillery', 'assault', 'offensive', 'barrage', 'control']);

/** "by a massive Russian missile attack": the demonym's state, when an act of force follows within a few words. */
function demonymAgent(view: SentenceView, i: number): Party | undefined {
  const ref = view.tokens[i].ref;
  if (ref?.kind !== 'demonym' || !ref.party) return undefined;
  return view.tokens.slice(i + 1, i + 4).some((t) => FORCE_ACTS.has(t.lower)) ? ref.party : undefined;
}

/** The agent after "by" at token `at`: "by Russian troops", "by its artillery", "by the advancing Ukrainians", "by a Russian strike". */
const BY_REACH = 5;

export function actorAfterBy(view: SentenceView, context: ArticleContext, at: number): FoundActor | undefined {
  for (let i = at; i < Math.min(view.tokens.length, at + BY_REACH); i++) {
    const token = view.tokens[i];
    const demonym = demonymAgent(view, i);
    if (demonym) return { party: demonym, index: i, claims: false };
    if (token.ref) {
      if (ROLE_NOUNS.has(view.tokens[i + 1]?.lower ?? '') || view.tokens[i + 1]?.lower === '-') return undefined;
      const apposed = token.ref.kind === 'title' && view.tokens[i + 1]?.lower === ',' ? apposedPerson(view, i + 2) : undefined;
      if (apposed) return apposed;
      const party = actorOfRef(token, context);
      return party ? { party, index: i, claims: false } : undefined;
    }
    // "by the deputy prime minister, Richard Marles": the name set off after an office is the one who holds it.
    if (token.lower === ',' && i > at) return apposedPerson(view, i + 1);
    if (!/^[a-z-]+$/.test(token.lower) || isPreposition(token)) return undefined;
  }
  return undefined;
}

/** A person named at token `at`, as the name set off after an office. */
function apposedPerson(view: SentenceView, at: number): FoundActor | undefined {
  const ref = view.tokens[at]?.ref;
  return ref?.kind === 'entity' && ref.party?.type === 'person' ? { party: ref.party, index: at, claims: false } : undefined;
}

/** Who did what an event noun names: its possessor or demonym ("Russia's retreat", "Russian shelling"), else the agent of a governing verb. */
export function actorOfNoun(view: SentenceView, context: ArticleContext, noun: number, verb?: string): FoundActor | undefined {
  for (let i = noun - 1; i >= Math.max(0, noun - 4); i--) {
    const token = view.tokens[i];
    if (token.lower === '\'s' && view.tokens[i - 1]?.ref) {
      const party = actorOfRef(view.tokens[i - 1], context);
      return party ? { party, index: i - 1, claims: false } : undefined;
    }
    if (token.ref?.kind === 'demonym' || token.ref?.kind === 'force') {
      const party = token.ref.party ?? context.resolve(token.ref);
      return party ? { party, index: i, claims: false } : undefined;
    }
    if (['his', 'her', 'its', 'their'].includes(token.lower)) {
      const antecedent = context.resolvePronoun(token.lower, token.start, view.sentence.index);
      return antecedent ? { party: antecedent, index: i, claims: false } : undefined;
    }
    // "Russia's 2014 occupation of Crimea": a year between the possessor and the noun describes the act.
    if (token.ref || !/^(?:[a-z-]+|1[89]\d\d|20\d\d)$/.test(token.lower) || isPreposition(token) && token.lower !== 'of') break;
    // "Ukrainian forces repulsed assaults near X", "its forces had repelled attacks": a past verb after a side makes the
    // noun its object, not its deed.
    if (/^[a-z]{3,}ed$/.test(token.lower) && isVerbAfterSubject(view, i)) break;
  }
  const opener = openingActOf(view, context, noun);
  if (opener) return opener;
  for (let i = noun - 1; i >= Math.max(0, noun - 8); i--) {
    const token = view.tokens[i];
    if (HARD_STOPS.has(token.lower) || token.ref) return undefined;
    if (AGENTIVE.has(token.lower)) return ANNOUNCING.has(token.lower) && verb ? announcer(actorBefore(view, context, i), verb) : actorBefore(view, context, i);
  }
  return undefined;
}

const ANNOUNCING = new Set(['announced', 'announces', 'proclaimed', 'declared', 'claimed', 'claims', 'claiming']);
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been']);

/** "forces repulsed", "its forces had repelled": a word in -ed right after a side or an auxiliary is a verb, not an adjective ("Iran's unprecedented attack"). */
function isVerbAfterSubject(view: SentenceView, at: number): boolean {
  const before = view.tokens[at - 1];
  return !!before && (!!before.ref || AUXILIARIES.has(before.lower) && !!view.tokens[at - 2]?.ref);
}

// "Russian aggression began with the seizure of Crimea": a campaign whose side is named opened with the deed.
const DESCRIBING_WORDS = /^(?:[a-z]+(?:al|ed|ful|ive|ous|ic|ian)|full-scale|large-scale)$/;
const OPENING = new Set(['begin', 'start', 'open'].flatMap((lemma) => {
  const { base, third, past, participle } = verbForms(lemma);
  return [base, third, past, participle];
}));
const CAMPAIGNS = new Set(['aggression', 'invasion', 'war', 'offensive', 'campaign', 'occupation', 'operation', 'onslaught']);

/** The side of a campaign that "began with" the deed a noun names ("Russian aggression began with the seizure of X"). */
function openingActOf(view: SentenceView, context: ArticleContext, noun: number): FoundActor | undefined {
  let at = noun - 1;
  while (at > noun - 3 && DESCRIBING_WORDS.test(view.tokens[at]?.lower ?? '')) at--;
  if (['the', 'a', 'an'].includes(view.tokens[at]?.lower ?? '')) at--;
  if (view.tokens[at]?.lower !== 'with' || !OPENING.has(view.tokens[at - 1]?.lower ?? '')) return undefined;
  let i = at - 2;
  while (i >= 0 && i > at - 6 && /^(?:in|\d{4}|has|had|have|was|already)$/.test(view.tokens[i].lower)) i--;
  if (!CAMPAIGNS.has(view.tokens[i]?.lower ?? '')) return undefined;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const token = view.tokens[j];
    if (!token.ref) continue;
    const party = token.ref.kind === 'demonym' ? token.ref.party : actorOfRef(token, context);
    return party ? { party, index: j, claims: false } : undefined;
  }
  return undefined;
}

/**
 * "Zelensky announced the liberation of Lyman": a person announcing a deed that persons do not do themselves claims it
 * for the state they act for ("announced a visit to X" stays the person's).
 */
function announcer(found: FoundActor | undefined, verb: string): FoundActor | undefined {
  if (found?.party.type !== 'person' || eventType(verb).actor.persons === 'all') return found;
  const state = actingState(found.party);
  return state ? { ...found, party: state, claims: true, claimant: found.party } : found;
}
