// Turns one trigger match into candidate events: where the targets are and who the actor is, by the form of the trigger.
import type { EventVerb } from '../types';
import { actorAfterBy, actorBefore, actorOfNoun } from './actors';
import type { FoundActor } from './actors';
import type { ArticleContext } from './context';
import { antecedent, passiveSubject, placeOfWhere } from './antecedents';
import { companionsAfter } from './companions';
import { HAVE } from '../language/words';
import { VERB_FORMS, type TriggerRule } from './lexicon';
import { isPreposition, parseEndingBefore, parseTargets } from './phrases';
import { parseStruckPlace } from './struck';
import { eventType } from './types';
import type { TargetItem, TargetList } from './phrases';
import { officialsOfState, pledgeRecipient } from './pledges';
import { meansVerbBefore } from './subject-cues';
import type { SentenceView } from './view';
import { asActor, stateOfCapital, stateOfPrefix } from './world';
import type { Party } from './world';
import { BE, frontedSubject, hasUnnamedSubject, isAdjunct, isBarePassive, presumesPassive, sentenceSubject, travellerOfAdjunct, weaponSubject } from './cues';

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

const NOUN_MARKERS = new Set(['a', 'an', 'the', 'another', 'every', 'each', "'s", 'its', 'their']);
/** Deeds told at a place by a clause opened with "where": attacks there, visits there ("where he was taken to a school"). */
const TOLD_WHERE = new Set(['attacked', 'visited']);
const DESCRIBING = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'newly', 'recently']);

// Adverbs of DESCRIBING that also stand before a finite verb.
const TIME_ADVERBS = new Set(['newly', 'recently']);

/** "Biden recently traveled to Warsaw", "Russia has recently captured X": after a subject or an auxiliary, the adverb is the verb's. */
function isAdverbOfVerb(view: SentenceView, trigger: number): boolean {
  if (!TIME_ADVERBS.has(view.tokens[trigger - 1]?.lower ?? '')) return false;
  // "Biden, the US president, recently traveled": past an appositive closed by a comma after its office or name.
  const before = view.tokens[trigger - 2]?.lower === ',' && view.tokens[trigger - 3]?.ref?.kind === 'title' ? view.tokens[trigger - 3] : view.tokens[trigger - 2];
  return !!before && (!!before.ref && before.ref.kind !== 'demonym' || HAVE.includes(before.lower));
}

/** "Biden hosted Zelensky in Washington": the guest the pattern names went there. */
function guestIn(view: SentenceView, match: Match, context: ArticleContext): FoundActor | undefined {
  const index = refIndex(view, match.groups[0]);
  const party = index >= 0 ? context.resolve(view.tokens[index].ref!) : undefined;
  return party ? { party, index, claims: false } : undefined;
}

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

/** "the visit of US House Speaker Nancy Pelosi to Taiwan": the one named after "of" or "by" inside the phrase did it. */
function agentInMatch(view: SentenceView, match: Match, context: ArticleContext): FoundActor | undefined {
  const of = view.tokens.findIndex((token, i) => i > match.first && i < match.next && (token.lower === 'of' || token.lower === 'by'));
  if (of < 0) return undefined;
  for (let i = of + 1; i < match.next; i++) {
    // "the visit of the First Lady of Ukraine": a name after a second preposition is not the one who went.
    if (isPreposition(view.tokens[i])) return undefined;
    const ref = view.tokens[i].ref;
    const party = ref && ref.kind !== 'demonym' && ref.kind !== 'anaphor' ? context.resolve(ref) : undefined;
    const actor = party && asActor(party);
    if (actor) return { party: actor, index: i, claims: false };
  }
  return undefined;
}

const NEEDS_REACH = 300;

function targetsOf(view: SentenceView, at: number, rule: TriggerRule): TargetList | undefined {
  const list = parseTargets(view, at, rule.strict);
  if (!eventType(rule.verb).throughPieces) return list;
  // "struck Ukrainian army training centres in Lviv": a body named first only describes the thing struck.
  const bodies = !!list && list.items.every((item) => item.ref.party?.type === 'organization');
  return (bodies ? parseStruckPlace(view, at) : undefined) ?? list ?? parseStruckPlace(view, at);
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
  const describing = DESCRIBING.has(previous) && !isAdverbOfVerb(view, match.first) || /ly$/.test(previous) && DESCRIBING.has(view.tokens[match.first - 2]?.lower ?? '')
    || participle && (isPreposition(view.tokens[match.first - 1]) || VERB_FORMS.has(previous) && !BE.has(previous)
      // "in temporarily occupied Crimea": an adverb may stand between.
      || /ly$/.test(previous) && isPreposition(view.tokens[match.first - 2]));
  // "in a Russian attack": after an article or a demonym, the base form is a noun, not a verb.
  if (rule.form === 'verb' && (NOUN_MARKERS.has(previous) || view.tokens[match.first - 1]?.ref?.kind === 'demonym')) return undefined;
  // "repelled attacks near X", "reported strikes on Y": an -s form right after a past verb is that verb's object, a noun.
  if (rule.form === 'verb' && /s$/.test(view.tokens[match.first].lower) && /^[a-z]{3,}ed$/.test(previous)) return undefined;
  const passive = !rule.passiveActor && isBarePassive(view, match.first);
  // "Kharkiv was shelled overnight": a passive without agent names its target; who did it may be presumed.
  if (passive && !describing && rule.form === 'verb' && presumesPassive(rule.verb) && !rule.agentNamed) {
    // "14 missiles were fired at the Kyiv region": a verb with its own preposition names the target after it, not as subject.
    const after = rule.direct ? undefined : targetsOf(view, match.next, rule);
    return { ...base, targets: after?.items ?? passiveSubject(view, match.first), end: after?.end ?? match.next, agentless: true };
  }
  if (view.tokens[match.next]?.lower === 'by' || rule.form === 'verb' && (describing || passive)) return undefined;
  if (rule.form === 'verb' && hasUnnamedSubject(view, match.first)) return undefined;
  const rest = view.rendered.slice(view.offsets[match.first], view.offsets[match.first] + NEEDS_REACH);
  if (rule.needs && !rule.needs.test(rest)) return undefined;
  const list = targetsOf(view, match.next, rule);
  const means = meansVerbBefore(view, match.first);
  const actor = (rule.guest ? guestIn(view, match, context) : undefined) ?? forceInMatch(view, match, context) ?? (means >= 0 ? actorBefore(view, context, means)
    : isAdjunct(view, match.first) ? sentenceSubject(view, context) : frontedSubject(view, context, match.first, rule.abroad) ?? actorBefore(view, context, match.first));
  // "Grad rockets hit Mariupol", "missiles launched from Belarus hit Zhytomyr": a weapon with no side named fired by nobody
  // named, so who did it may be presumed; "drones launched by Russia hit Kyiv": the launcher named after "by" did.
  const subject = actor || !presumesPassive(rule.verb) ? undefined : weaponSubject(view, context, match.first);
  const weapon = !!subject && !subject.launcher;
  if (list) return { ...base, actor: actor ?? subject?.launcher, targets: list.items, end: list.end, agentless: weapon };
  const after = view.tokens[match.next];
  const objectless = !after || isPreposition(after) || /^[^a-z0-9@$]/.test(after.lower);
  // A strict verb ("struck", "hit") has other senses, so its gap is only read after an explicit "which"/"that" ("X, which it struck").
  const gap = rule.direct && objectless && actor ? antecedent(view, actor.index, !!rule.strict, !!eventType(rule.verb).throughPieces) : [];
  // "a bridge in Irpin where Russian forces bombed civilians": an attack or visit with no place named happened where the clause says.
  const where = !gap.length && TOLD_WHERE.has(rule.verb) ? placeOfWhere(view, match.first) : [];
  return { ...base, actor, targets: gap.length ? gap : where, end: match.next };
}

export function interpret(view: SentenceView, match: Match, context: ArticleContext): Candidate | undefined {
  const candidate = interpretForm(view, match, context);
  if (candidate?.verb !== 'visited' || !candidate.actor || candidate.actor.index < 0) return candidate;
  // "travelled to Kyiv alongside Scholz and Draghi": who went along visited too.
  const companions = companionsAfter(view, context, candidate.end);
  return companions.length ? { ...candidate, actor: { ...candidate.actor, partners: [...candidate.actor.partners ?? [], ...companions] } } : candidate;
}

function interpretForm(view: SentenceView, match: Match, context: ArticleContext): Candidate | undefined {
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
      const where = list || !TOLD_WHERE.has(rule.verb) ? [] : placeOfWhere(view, match.first);
      const by = view.tokens[end]?.lower === 'by' || !!rule.agentAfter && view.tokens[end]?.lower === rule.agentAfter;
      const byAgent = by ? actorAfterBy(view, context, end + 1) : undefined;
      // "the withdrawal of its troops from X": the force named inside the phrase; "a visit to X by the deputy prime
      // minister": an agent written after "by" that cannot be resolved leaves the deed to no one else.
      const actor = byAgent ?? forceInMatch(view, match, context) ?? actorOfNoun(view, context, match.first, rule.verb) ?? agentInMatch(view, match, context)
        ?? (rule.verb === 'visited' && !by ? travellerOfAdjunct(view, context, match.first) : undefined);
      return { ...base, actor, targets: list?.items ?? where, end };
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
    case 'compound': {
      const doer = stateOfPrefix(match.groups[0] ?? '');
      const list = doer ? parseTargets(view, match.next, true) : undefined;
      if (!doer || !list) return undefined;
      return { ...base, actor: { party: doer, index: match.first, claims: false }, targets: list.items, end: list.end };
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
      const recipient = pledgeRecipient(view, match.next, rule.aidNoun);
      if (!recipient) return undefined;
      // "Germany's decision to send", "Germany's aid package for Ukraine": the possessor decided or gave; a noun of aid
      // names its giver only so, and its recipient.
      const decider = view.tokens[match.first].lower === 'decision' || rule.aidNoun ? actorOfNoun(view, context, match.first) : undefined;
      if (rule.aidNoun && (!decider || !recipient.targets.length)) return undefined;
      return {
        ...base, actor: decider ?? actorBefore(view, context, match.first) ?? officialsOfState(view, context, match.first), targets: recipient.targets, end: recipient.end,
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
