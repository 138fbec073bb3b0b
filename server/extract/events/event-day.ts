// Picks the day an event happened from the day expressions around it, not those dating the speech or something else.
import type { ArticleMeta, Span } from '../types';
import { findDayExpressions } from './dates';
import type { Candidate } from './interpret';
import type { SentenceView } from './view';

export interface DayInput {
  text: string;
  view: SentenceView;
  meta: ArticleMeta;
}

const CLAUSE_END = new Set([',', ';', ':', '.', '(', ')', '–', '—']);
// A day after "since" or "until" dates something else ("his first visit since the invasion on 24 February").
const OTHER_TIME = /\b(?:since|until|till|before|after|from|by)\s+(?:\S+\s+){0,4}$/i;
const DATE_REACH_AFTER = 4;

export function eventDate(input: DayInput, candidate: Candidate, within: Span | undefined): string | undefined {
  const { view, text, meta } = input;
  const firstToken = Math.min(candidate.first, candidate.actor?.index ?? candidate.first, ...candidate.targets.map((t) => t.first));
  let stop = candidate.end;
  while (stop < view.tokens.length && stop < candidate.end + DATE_REACH_AFTER && !CLAUSE_END.has(view.tokens[stop].lower)) stop++;
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

