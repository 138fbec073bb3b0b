// Turns a candidate into events: resolves its targets, checks actor and modality, adds who claims it and when it happened.
import type { ArticleMeta, GraphEvent, Message, Span, Statement } from '../types';
import { statementHolding } from './claims';
import type { ArticleContext } from './context';
import { findDayExpressions } from './dates';
import type { Candidate } from './interpret';
import { judgeModality } from './modality';
import type { SentenceView } from './view';
import { actingState, regionOf, stateNamed } from './world';
import type { Party } from './world';

export interface BuildInput {
  text: string;
  view: SentenceView;
  context: ArticleContext;
  statements: Statement[];
  meta: ArticleMeta;
}

const STATE_ACTS = new Set(['annexed', 'recognized', 'mobilized']);
const CLAUSE_END = new Set([',', ';', ':', '.', '(', ')', '–', '—']);

// Who may do what: persons do not take towns; news outlets and think tanks do nothing here.
const MILITARY = new Set(['captured', 'withdrew_from', 'advanced_on']);
const ACTING_BODIES = new Set(['government', 'military', 'group']);
const SILENT_BODIES = new Set(['media', 'platform', 'thinktank', 'university', 'agency']);

function targetParty(candidate: Candidate, party: Party | undefined, asRegion: boolean): Party | undefined {
  if (!party) return undefined;
  const place = asRegion && party.kind !== 'region' ? regionOf(party.name) ?? party : party;
  switch (candidate.verb) {
    case 'pledged': return place.type === 'organization' ? (SILENT_BODIES.has(place.kind) ? undefined : place) : actingState(place);
    case 'recognized': return place.type === 'person' ? undefined : place;
    default: return place.type === 'place' && place.kind !== 'continent' ? place : undefined;
  }
}

function fitsVerb(party: Party, verb: string): boolean {
  if (party.type === 'place') return party.kind === 'country';
  if (party.type === 'organization') return MILITARY.has(verb) || verb === 'attacked' ? ACTING_BODIES.has(party.kind) : !SILENT_BODIES.has(party.kind);
  return !MILITARY.has(verb);
}

function actorParty(candidate: Candidate, view: SentenceView, targets: Party[]): Party | undefined {
  const found = candidate.actor?.party;
  if (!found) {
    // "the recaptured town of X": retaken by the state it lies in.
    const country = candidate.rule.form === 'adjective' ? targets[0]?.country : undefined;
    return country ? stateNamed(country) : undefined;
  }
  // Troops arriving somewhere do not visit it.
  if (candidate.verb === 'visited' && view.tokens[candidate.actor!.index]?.ref?.kind === 'force') return undefined;
  const actor = STATE_ACTS.has(candidate.verb) && found.type !== 'place' ? actingState(found) ?? found : found;
  return fitsVerb(actor, candidate.verb) ? actor : undefined;
}

function impliedRecipient(input: BuildInput, actor: Party, at: number): Party | undefined {
  const exclude = new Set([actor.key, actingState(actor)?.key ?? actor.key]);
  return input.context.latestAided(at, input.view.sentence.index, exclude);
}

// A day after "since" or "until" dates something else ("his first visit since the invasion on 24 February").
const OTHER_TIME = /\b(?:since|until|till|before|after|from|by)\s+(?:\S+\s+){0,4}$/i;
const DATE_REACH_AFTER = 4;

function eventDate(input: BuildInput, candidate: Candidate, within: Span | undefined): string | undefined {
  const { view, text, meta } = input;
  const firstToken = Math.min(candidate.first, candidate.actor?.index ?? candidate.first, ...candidate.targets.map((t) => t.first));
  let stop = candidate.end;
  while (stop < view.tokens.length && stop < candidate.end + DATE_REACH_AFTER && !CLAUSE_END.has(view.tokens[stop].form)) stop++;
  let start = view.tokens[firstToken].start;
  let end = view.tokens[Math.min(stop, view.tokens.length) - 1]?.end ?? view.sentence.end;
  if (within) {
    start = Math.max(start, within.start);
    end = Math.min(end, within.end);
  }
  const days = end > start ? findDayExpressions(text, start, end, meta.date) : [];
  const own = days.filter((day) => !OTHER_TIME.test(text.slice(Math.max(start, day.start - 40), day.start)));
  const trigger = view.tokens[candidate.first].start;
  own.sort((a, b) => Math.abs(a.start - trigger) - Math.abs(b.start - trigger));
  return own[0]?.iso;
}

function message(reason: string, candidate: Candidate, place: Span): Message {
  return { reason, ruleId: candidate.rule.id, severity: 'info', place };
}

export function buildEvents(input: BuildInput, candidate: Candidate): { events: GraphEvent[]; messages: Message[] } {
  const { view, context, statements, text } = input;
  const span = { start: view.tokens[candidate.first].start, end: view.tokens[candidate.last].end };
  const phrase = text.slice(span.start, span.end);
  const targets = candidate.selfTarget
    ? [actingState(candidate.selfTarget) ?? candidate.selfTarget]
    : candidate.targets.map((t) => targetParty(candidate, context.resolve(t.ref), t.asRegion));
  let named = targets.filter((t): t is Party => !!t);
  if (!named.length && !candidate.impliedRecipient) return { events: [], messages: [] };
  const actor = actorParty(candidate, view, named);
  if (!actor) {
    return named.length ? { events: [], messages: [message(`no actor found for "${phrase}"`, candidate, span)] } : { events: [], messages: [] };
  }
  if (candidate.impliedRecipient) {
    const recipient = impliedRecipient(input, actor, span.start);
    if (!recipient) return { events: [], messages: [] };
    named = [recipient];
  }
  const judgement = judgeModality(view, candidate.first, candidate.end, candidate.nominal);
  if (!judgement.factual) {
    return { events: [], messages: [message(`left out "${phrase}" (${actor.name} ${candidate.verb} ${named.map((t) => t.name).join(', ')}): ${judgement.reason}`, candidate, span)] };
  }
  const statement = statementHolding(span, statements);
  const claimant = statement?.speaker
    ? { name: statement.speaker, key: statement.speakerKey ?? '' }
    : candidate.actor?.claims ? { name: actor.name, key: actor.key } : undefined;
  const quote = statement?.quoteSpans.find((q) => q.start <= span.start && span.end <= q.end);
  const date = eventDate(input, candidate, quote);
  const events: GraphEvent[] = [];
  named.forEach((target, n) => {
    if (target.key === actor.key && candidate.verb !== 'mobilized') return;
    events.push({
      id: `event:${span.start}:${n}`, start: span.start, end: span.end, actor: actor.name, actorKey: actor.key,
      verb: candidate.verb, target: target.name, targetKey: target.key, phrase,
      ...(claimant ? { claimed_by: claimant.name, claimedByKey: claimant.key } : {}),
      ...(date ? { date } : {}),
      modality: statement || claimant ? 'reported' : 'asserted',
      sentence: view.sentence.index,
      ruleId: candidate.impliedRecipient ? `${candidate.rule.id}/implied-recipient` : candidate.rule.id,
    });
  });
  return { events, messages: [] };
}
