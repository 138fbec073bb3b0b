// Turns one trigger match into candidate events: where the targets are and who the actor is, by the form of the trigger.
import type { EventVerb } from '../types';
import { actorAfterBy, actorBefore, actorOfNoun } from './actors';
import type { FoundActor } from './actors';
import type { ArticleContext } from './context';
import { antecedent, passiveSubject } from './antecedents';
import { VERB_FORMS, type TriggerRule } from './lexicon';
import { isPreposition, parseEndingBefore, parseStruckPlace, parseTargets, STOP_WORDS } from './phrases';
import type { TargetItem, TargetList } from './phrases';
import { pledgeRecipient } from './pledges';
import type { SentenceView } from './view';
import { asActor, stateOfCapital } from './world';
import { eventType } from './types';

/** Whether the type presumes an actor for a passive without agent. */
function presumesPassive(verb: string): boolean {
  const when = eventType(verb).presumed?.when;
  return when === 'any' || !!when?.includes('passive');
}
import type { Party } from './world';

export interface Candidate {
  rule: TriggerRule;
  verb: EventVerb;
  /** Token range of the trigger phrase as written. */
  first: number;
  last: number;
  actor?: FoundActor;
  /** Set when the target is the actor's own state (mobilization). */
  selfTarget?: Party;
  targets: TargetItem[];
  /** First token after the targets (or after the trigger when they stand before it). */
  end: number;
  nominal: boolean;
  /** The recipient was not named and was taken from the sentences before. */
  impliedRecipient?: boolean;
  /** A passive without agent ("was shelled"): no actor is written. */
  agentless?: boolean;
}

export interface Match {
  rule: TriggerRule;
  first: number;
  /** First token after the match. */
  next: number;
  groups: (string | undefined)[];
}

const ARTICLES = new Set(['a', 'an', 'the']);
const DESCRIBING = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'newly', 'recently']);

function refIndex(view: SentenceView, marker: string | undefined): number {
  return marker?.startsWith('@') ? view.tokens.findIndex((t) => t.lower === marker && t.ref) : -1;
}

function forceInMatch(view: SentenceView, match: Match, context: ArticleContext): FoundActor | undefined {
  for (let i = match.first + 1; i < match.next; i++) {
    const ref = view.tokens[i].ref;
    const resolved = ref?.kind === 'force' ? context.resolve(ref) : undefined;
    const party = resolved && (asActor(resolved) ?? resolved);
    if (party) return { party, index: i, claims: false };
  }
  return undefined;
}

const NEEDS_REACH = 300;
const ADJUNCT_OPENERS = new Set(['before', 'after', 'while', 'when', 'by', 'since', 'thus', 'then']);

/** "..., seizing X" / "..., before travelling to X": a participle set off by a comma, whose subject opens the sentence. */
function isAdjunct(view: SentenceView, trigger: number): boolean {
  if (!/ing$/.test(view.tokens[trigger].lower)) return false;
  const comma = ADJUNCT_OPENERS.has(view.tokens[trigger - 1]?.lower ?? '') ? trigger - 2 : trigger - 1;
  return view.tokens[comma]?.lower === ',';
}

function sentenceSubject(view: SentenceView, context: ArticleContext): FoundActor | undefined {
  const at = ARTICLES.has(view.tokens[0]?.lower ?? '') ? 1 : 0;
  const token = view.tokens[at];
  const party = token?.ref && token.ref.kind !== 'demonym' && token.ref.kind !== 'anaphor' ? context.resolve(token.ref) : undefined;
  const actor = party && asActor(party);
  return actor ? { party: actor, index: at, claims: false } : undefined;
}

const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const ADVERBS = new Set(['now', 'still', 'also', 'already', 'reportedly', 'again', 'even', 'just', 'then', 'not', 'allegedly',
  'apparently', 'currently']);

/** "claimed to be annexed": a passive with no agent names no actor. */
function isBarePassive(view: SentenceView, trigger: number): boolean {
  return /(?:ed|en)$/.test(view.tokens[trigger].lower) && BE.has(view.tokens[trigger - 1]?.lower ?? '');
}

/** Weapons that may be the subject of an attack verb. */
const WEAPONS = new Set(['rockets', 'missiles', 'shells', 'drones', 'bombs', 'strikes', 'airstrikes', 'artillery', 'rocket', 'missile', 'drone', 'shell']);

/** Papers through which whoever signs them acts ("Putin signed decrees annexing four regions"). */
const INSTRUMENTS = new Set(['decree', 'decrees', 'law', 'laws', 'treaty', 'treaties', 'document', 'documents', 'order', 'orders', 'accords']);

/** "sanctions targeting Russia": a participle right after a common noun has that noun for subject. */
function hasUnnamedSubject(view: SentenceView, trigger: number): boolean {
  const previous = view.tokens[trigger - 1];
  if (!/ing$/.test(view.tokens[trigger].lower) || !previous || previous.ref || !/^[a-z]/.test(previous.lower)) return false;
  // "denied withdrawing": after a verb, the -ing word is its object clause, with the verb's subject.
  if (INSTRUMENTS.has(previous.lower) || /ed$/.test(previous.lower) || VERB_FORMS.has(previous.lower)) return false;
  return !STOP_WORDS.has(previous.lower) && !ADVERBS.has(previous.lower) && !/ly$/.test(previous.lower);
}

function targetsOf(view: SentenceView, at: number, rule: TriggerRule): TargetList | undefined {
  const list = parseTargets(view, at, rule.strict);
  return list ?? (rule.verb === 'attacked' ? parseStruckPlace(view, at) : undefined);
}

/** The reference a sentence opens with as its subject, as an actor. */
function subjectOf(view: SentenceView, context: ArticleContext): FoundActor | undefined {
  const index = view.tokens.findIndex((token) => token.ref?.subject);
  const party = index >= 0 ? context.resolve(view.tokens[index].ref!) : undefined;
  const actor = party && asActor(party);
  return actor ? { party: actor, index, claims: false } : undefined;
}

/** "X met troops during a trip to Y": a visit told in an adjunct was made by the subject of the clause. */
function travellerOfAdjunct(view: SentenceView, context: ArticleContext, noun: number): FoundActor | undefined {
  for (let i = noun - 1; i >= Math.max(0, noun - 5); i--) {
    const form = view.tokens[i].lower;
    // "The US secretary of state warned during a visit to Australia": the subject of the clause, past its verb of saying.
    if (form === 'during' || form === 'on') return actorBefore(view, context, i) ?? subjectOf(view, context);
    if (view.tokens[i].ref || !/^[a-z0-9-]+$/.test(form)) return undefined;
  }
  return undefined;
}

const STAYING = new Set(['is', 'are', 'was', 'were', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'still']);

/** "X under Russian shelling", "X remains under attack from Russian forces": the place before "under". */
function placeBeforeUnder(view: SentenceView, under: number): TargetItem[] {
  let end = under;
  while (end > 0 && STAYING.has(view.tokens[end - 1].lower)) end--;
  return parseEndingBefore(view, end)?.items ?? [];
}

type Base = Pick<Candidate, 'rule' | 'verb' | 'first' | 'last' | 'nominal'>;

function interpretVerb(view: SentenceView, match: Match, context: ArticleContext, base: Base): Candidate | undefined {
  const { rule } = match;
  // "the (temporarily) occupied Crimea" is a description, not a deed; "captured by" is read as a passive.
  const previous = view.tokens[match.first - 1]?.lower ?? '';
  // "the occupied Crimea", "in occupied Mariupol", "visited liberated Izyum": a participle before a place describes it.
  const participle = /ed$/.test(view.tokens[match.first].lower);
  const describing = DESCRIBING.has(previous) || /ly$/.test(previous) && DESCRIBING.has(view.tokens[match.first - 2]?.lower ?? '')
    || participle && (isPreposition(view.tokens[match.first - 1]) || VERB_FORMS.has(previous) && !BE.has(previous));
  const passive = !rule.passiveActor && isBarePassive(view, match.first);
  // "Kharkiv was shelled overnight": a passive without agent names its target; who did it may be presumed.
  if (passive && !describing && rule.form === 'verb' && presumesPassive(rule.verb)) {
    return { ...base, targets: passiveSubject(view, match.first), end: match.next, agentless: true };
  }
  if (view.tokens[match.next]?.lower === 'by' || rule.form === 'verb' && (describing || passive)) return undefined;
  if (rule.form === 'verb' && hasUnnamedSubject(view, match.first)) return undefined;
  const rest = view.rendered.slice(view.offsets[match.first], view.offsets[match.first] + NEEDS_REACH);
  if (rule.needs && !rule.needs.test(rest)) return undefined;
  const list = targetsOf(view, match.next, rule);
  const actor = forceInMatch(view, match, context)
    ?? (isAdjunct(view, match.first) ? sentenceSubject(view, context) : actorBefore(view, context, match.first));
  // "Grad rockets hit Mariupol": a weapon with no side named fired by nobody named; who did it may be presumed.
  const weapon = !actor && WEAPONS.has(view.tokens[match.first - 1]?.lower ?? '') && presumesPassive(rule.verb);
  if (list) return { ...base, actor, targets: list.items, end: list.end, agentless: weapon };
  const after = view.tokens[match.next];
  const objectless = !after || isPreposition(after) || /^[^a-z0-9@$]/.test(after.lower);
  const gap = rule.direct && !rule.strict && objectless && actor ? antecedent(view, actor.index) : [];
  return { ...base, actor, targets: gap, end: match.next };
}

export function interpret(view: SentenceView, match: Match, context: ArticleContext): Candidate | undefined {
  const { rule } = match;
  const base: Base = { rule, verb: rule.verb, first: match.first, last: match.next - 1, nominal: rule.form === 'noun' };
  switch (rule.form) {
    case 'passive': {
      const actor = actorAfterBy(view, context, match.next);
      const end = actor ? actor.index + 1 : match.next;
      return { ...base, actor, targets: passiveSubject(view, match.first), end };
    }
    case 'noun': {
      const list = targetsOf(view, match.next, rule);
      const end = list?.end ?? match.next;
      const byAgent = view.tokens[end]?.lower === 'by' ? actorAfterBy(view, context, end + 1) : undefined;
      // "the withdrawal of its troops from X": the force named inside the phrase.
      const actor = byAgent ?? forceInMatch(view, match, context) ?? actorOfNoun(view, context, match.first)
        ?? (rule.verb === 'visited' ? travellerOfAdjunct(view, context, match.first) : undefined);
      return { ...base, actor, targets: list?.items ?? [], end };
    }
    case 'under': {
      // "Kharkiv came under heavy Russian shelling": the subject is the target, the demonym or force the actor.
      const [before, after, bareBefore, bareAfter] = match.groups;
      const shooter = refIndex(view, before ?? after ?? bareBefore ?? bareAfter);
      const party = shooter >= 0 ? context.resolve(view.tokens[shooter].ref!) : undefined;
      const actor = party ? { party, index: shooter, claims: false } : undefined;
      // "trapped in X under Russian shelling": without "came", the place may follow a preposition.
      const targets = bareBefore ?? bareAfter ? placeBeforeUnder(view, match.first) : passiveSubject(view, match.first);
      return { ...base, actor, targets, end: match.next };
    }
    case 'adjective': {
      const list = parseTargets(view, match.next, true);
      return { ...base, first: match.first + 1, targets: list?.items ?? [], end: list?.end ?? match.next };
    }
    case 'flag': {
      const owner = refIndex(view, match.groups[0]);
      const ownerParty = owner >= 0 ? context.resolve(view.tokens[owner].ref!) : undefined;
      const actor = ownerParty
        ? { party: stateOfCapital(ownerParty) ?? ownerParty, index: owner, claims: false }
        : actorBefore(view, context, match.first);
      const list = parseTargets(view, match.next);
      return { ...base, actor, targets: list?.items ?? [], end: list?.end ?? match.next };
    }
    case 'pledge': {
      // "the decision of the House to ...": a decision is a pledge only as "X's decision to give", "X decided to send".
      if (/^decid|^decision/.test(view.tokens[match.first].lower) && view.tokens[match.next]?.lower !== 'to') return undefined;
      const recipient = pledgeRecipient(view, match.next);
      if (!recipient) return undefined;
      // "Germany's decision to send": the possessor decided.
      const decider = view.tokens[match.first].lower === 'decision' ? actorOfNoun(view, context, match.first) : undefined;
      return {
        ...base, actor: decider ?? actorBefore(view, context, match.first), targets: recipient.targets, end: recipient.end,
        impliedRecipient: recipient.targets.length === 0,
      };
    }
    case 'mobilize': {
      const drafted = refIndex(view, match.groups[0]);
      const draftedBy = drafted >= 0 ? context.resolve(view.tokens[drafted].ref!) : undefined;
      const actor = draftedBy
        ? { party: asActor(draftedBy) ?? draftedBy, index: drafted, claims: false }
        : actorOfNoun(view, context, match.first) ?? actorBefore(view, context, match.first);
      return actor?.party ? { ...base, actor, selfTarget: actor.party, targets: [], end: match.next } : undefined;
    }
    default:
      return interpretVerb(view, match, context, base);
  }
}
