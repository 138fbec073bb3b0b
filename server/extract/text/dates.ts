// Finds calendar dates written in full ("March 29, 2022", "29 March 2022", "2022-11-09") with their offsets.
import type { Span } from '../types';
import { MONTHS } from '../language/words';


const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const ISO = /\b(20\d\d|19\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d\d)\b`, 'g');

export interface FoundDate extends Span {
  iso: string;
}

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

/** Every full date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (index: number, length: number, value: string | undefined): void => {
    if (value) found.push({ start: index, end: index + length, iso: value });
  };
  for (const m of text.matchAll(ISO)) add(m.index ?? 0, m[0].length, iso(+m[1], +m[2], +m[3]));
  for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m.index ?? 0, m[0].length, iso(+m[3], monthNumber(m[1]), +m[2]));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) add(m.index ?? 0, m[0].length, iso(+m[3], monthNumber(m[2]), +m[1]));
  return found.sort((a, b) => a.start - b.start);
}
