// Turns a candidate into events: resolves its targets, checks actor and modality, adds who claims it and when it happened.
import type { ArticleMeta, GraphEvent, Message, Modality, Span, Stance, Statement } from '../types';
import { statementHolding } from './claims';
import { disputes, stanceToward } from './stance';
import type { ArticleContext } from './context';
import { eventDate } from './event-day';
import type { Candidate } from './interpret';
import { judgeModality } from './modality';
import { meetingHost } from './pledges';
import { actorParties, isAbroad, targetParty } from './roles';
import type { SentenceView } from './view';
import { actingState, placedWithin, presumedActor } from './world';
import { eventType } from './types';
import type { Party } from './world';

export interface BuildInput {
  text: string;
  view: SentenceView;
  context: ArticleContext;
  statements: Statement[];
  meta: ArticleMeta;
}

function impliedRecipient(input: BuildInput, actor: Party, at: number, after: number): Party | undefined {
  const exclude = new Set([actor.key, actingState(actor)?.key ?? actor.key]);
  const host = meetingHost(input.view, after);
  const met = host >= 0 ? input.context.resolve(input.view.tokens[host].ref!) : undefined;
  const hostState = met && (actingState(met) ?? met);
  if (hostState && !exclude.has(hostState.key) && hostState.kind === 'country') return hostState;
  return input.context.latestAided(at, input.view.sentence.index, exclude);
}

function message(reason: string, candidate: Candidate, place: Span): Message {
  return { reason, ruleId: candidate.rule.id, severity: 'info', place };
}

interface Attribution {
  claimant?: { name: string; key?: string };
  reported: boolean;
  date?: string;
  stance?: Stance;
  modality?: Modality;
}

export interface Built {
  events: GraphEvent[];
  /** Events the statement carrying them denies or doubts. */
  disputed: GraphEvent[];
  messages: Message[];
}

function toEvent(input: BuildInput, candidate: Candidate, span: Span, actor: Party, target: Party, n: number, about: Attribution): GraphEvent {
  const { claimant } = about;
  return {
    id: `event:${span.start}:${n}`, start: span.start, end: span.end, actor: actor.name, actorKey: actor.key,
    verb: candidate.verb, target: target.name, targetKey: target.key, phrase: input.text.slice(span.start, span.end),
    ...(claimant ? { claimed_by: claimant.name } : {}),
    ...(claimant?.key ? { claimedByKey: claimant.key } : {}),
    ...(about.date ? { date: about.date } : {}),
    modality: about.modality ?? (about.reported ? 'reported' : 'asserted'),
    ...(about.stance ? { stance: about.stance } : {}),
    sentence: input.view.sentence.index,
    ruleId: candidate.impliedRecipient ? `${candidate.rule.id}/implied-recipient` : candidate.rule.id,
  };
}

function claimantOf(party: Party): { name: string; key?: string } {
  return { name: party.name, key: party.key };
}

function attribution(input: BuildInput, candidate: Candidate, span: Span, actor: Party, statement: Statement | undefined): Attribution {
  const claimant = statement?.speaker
    ? { name: statement.speaker, key: statement.speakerKey ?? undefined }
    : candidate.actor?.claims ? claimantOf(candidate.actor.claimant ?? actor) : undefined;
  const quote = statement?.quoteSpans.find((q) => q.start <= span.start && span.end <= q.end);
  const stance = statement?.speaker ? stanceToward(input.text, statement, span, candidate) : claimant ? 'asserts' : undefined;
  return { claimant, reported: !!statement || !!claimant, date: eventDate(input, candidate, quote), stance };
}

const NONE: Built = { events: [], disputed: [], messages: [] };

/** The state a place lies in (a country is its own). */
function homeStateName(place: Party): string | undefined {
  return place.type === 'place' && place.kind === 'country' ? place.name : place.country;
}

export function buildEvents(input: BuildInput, candidate: Candidate): Built {
  const { view, context } = input;
  const span = { start: view.tokens[candidate.first].start, end: view.tokens[candidate.last].end };
  const phrase = input.text.slice(span.start, span.end);
  const targets = candidate.selfTarget
    ? [actingState(candidate.selfTarget) ?? candidate.selfTarget]
    : candidate.targets.map((t) => targetParty(candidate, placedWithin(context.resolve(t.ref), t.within && context.resolve(t.within)), t.asRegion));
  let named = targets.filter((t): t is Party => !!t);
  if (!named.length && !candidate.impliedRecipient) return NONE;
  let stated = actorParties(candidate, view, named);
  // "Ukraine should recognize its annexation of Crimea": no state annexes its own land, so "its" names someone else.
  if (eventType(candidate.verb).foreignActor && stated.length && stated.every((actor) => named.every((target) => homeStateName(target) === actor.name))) {
    stated = [];
    candidate = { ...candidate, actor: undefined };
  }
  // Only types with a presumption ("the annexation of Crimea", an attack told as a noun: "the strikes on Kyiv") go without a named actor.
  const presumption = eventType(candidate.verb).presumed;
  const form = candidate.nominal ? 'noun' : candidate.agentless ? 'passive' : candidate.rule.form;
  const presumable = !stated.length && !candidate.actor && !!presumption
    && (presumption.when === 'any' || presumption.when.some((when) => when === form));
  const presumed = presumable ? presumedActor(presumption, named) : undefined;
  const actors = presumed ? [presumed] : stated;
  if (presumed) candidate = { ...candidate, rule: { ...candidate.rule, id: `${candidate.rule.id}/presumed-actor` } };
  if (!actors.length) {
    return { ...NONE, messages: named.length ? [message(`no actor found for "${phrase}"`, candidate, span)] : [] };
  }
  if (candidate.impliedRecipient) {
    const recipient = impliedRecipient(input, actors[actors.length - 1], span.start, candidate.end);
    if (!recipient) return NONE;
    named = [recipient];
  }
  const statement = statementHolding(span, input.statements);
  const judgement = judgeModality(view, candidate.first, candidate.end, candidate.nominal, !!eventType(candidate.verb).attemptIsDeed,
    candidate.rule.form === 'adjective' || candidate.rule.form === 'compound');
  const make = (about: Attribution) => {
    const made = actors.flatMap((actor) => named
      .filter((target) => target.key !== actor.key || candidate.verb === 'mobilized')
      .filter((target) => !candidate.rule.abroad || isAbroad(actor, target))
      .map((target, n) => toEvent(input, candidate, span, actor, target, n, about)));
    made.forEach((event, n) => { event.id = `event:${span.start}:${n}`; });
    return made;
  };
  // "Russia denied withdrawing from Kherson": the claim is kept, apart from the events, with the denial as its stance.
  if (disputes(statement)) {
    const about = attribution(input, candidate, span, actors[actors.length - 1], statement);
    return { ...NONE, disputed: make({ ...about, modality: statement.stance === 'denies' ? 'denied' : 'hedged' }) };
  }
  if (!judgement.factual) {
    const what = `${actors.map((a) => a.name).join(', ')} ${candidate.verb} ${named.map((t) => t.name).join(', ')}`;
    return { ...NONE, messages: [message(`left out "${phrase}" (${what}): ${judgement.reason}`, candidate, span)] };
  }
  return { ...NONE, events: make(attribution(input, candidate, span, actors[actors.length - 1], statement)) };
}
