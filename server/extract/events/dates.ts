// Resolves the day an event happened from expressions such as "on Tuesday", "yesterday" or "Feb. 21" against the publication date.
import type { Span } from '../types';
import { MONTHS, WEEKDAYS } from '../language/words';

export interface DayExpression extends Span {
  /** ISO date YYYY-MM-DD. */
  iso: string;
}

const MONTH_STEMS = MONTHS.map((month) => month.slice(0, 3));
const DAY_MS = 86_400_000;

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// In running text only capitalized month names count: "may" and "march" are also ordinary words.
const CAPITALIZED_MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_PATTERN = new RegExp(
  '\\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today|last night|this morning|tonight'
  + `|${CAPITALIZED_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${CAPITALIZED_MONTH}(?:\\s+\\d{4})?)\\b`,
  'g',
);

function parseIso(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : time;
}

function toIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return MONTH_STEMS.indexOf(name.slice(0, 3).toLowerCase());
}

/** A calendar day without a year is the latest such day on or before publication. */
function calendarDay(published: number, month: number, day: number, year?: number): string | undefined {
  if (month < 0 || day < 1 || day > 31) return undefined;
  let y = year ?? new Date(published).getUTCFullYear();
  let time = Date.UTC(y, month, day);
  if (year === undefined && time > published) time = Date.UTC(--y, month, day);
  const check = new Date(time);
  return check.getUTCDate() === day ? toIso(time) : undefined;
}

/** The day an expression names, or undefined when it names no single day ("last week", "in July"). */
export function resolveDay(expression: string, publication: string | undefined): string | undefined {
  const published = publication ? parseIso(publication) : undefined;
  if (published === undefined) return undefined;
  const phrase = expression.trim().toLowerCase().replace(/^(?:on|early|late|last)\s+/, '');
  const weekday = WEEKDAYS.findIndex((name) => phrase.startsWith(name));
  if (weekday >= 0) {
    const back = (new Date(published).getUTCDay() - weekday + 7) % 7;
    return toIso(published - back * DAY_MS);
  }
  if (phrase === 'yesterday' || phrase === 'night') return toIso(published - DAY_MS);
  if (phrase === 'today' || phrase === 'this morning' || phrase === 'tonight') return toIso(published);
  const monthFirst = new RegExp(`^${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`).exec(phrase);
  if (monthFirst) {
    return calendarDay(published, monthIndex(monthFirst[1]), Number(monthFirst[2]), optionalYear(monthFirst[3]));
  }
  const dayFirst = new RegExp(`^(\\d{1,2})\\s+${MONTH_NAME}(?:\\s+(\\d{4}))?$`).exec(phrase);
  if (dayFirst) return calendarDay(published, monthIndex(dayFirst[2]), Number(dayFirst[1]), optionalYear(dayFirst[3]));
  return undefined;
}

function optionalYear(digits: string | undefined): number | undefined {
  return digits ? Number(digits) : undefined;
}

/** Every day expression in text[from, to), resolved; expressions naming no single day are left out. */
export function findDayExpressions(
  text: string, from: number, to: number, publication: string | undefined,
): DayExpression[] {
  const found: DayExpression[] = [];
  const slice = text.slice(from, to);
  DAY_PATTERN.lastIndex = 0;
  for (let match = DAY_PATTERN.exec(slice); match; match = DAY_PATTERN.exec(slice)) {
    const iso = resolveDay(match[0], publication);
    if (iso) found.push({ start: from + match.index, end: from + match.index + match[0].length, iso });
  }
  return found;
}
