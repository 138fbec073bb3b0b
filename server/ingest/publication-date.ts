// Reads a publication date as feeds and pages write it: ISO date-times, plain dates, and written forms ("Nov. 9, 2022").
import * as chrono from 'chrono-node';

export interface PublicationDate {
  /** The calendar day as written (in the writer's own time zone), YYYY-MM-DD: stored as a Cypher date. */
  date: string;
  /** The moment, when the value gives a time of day: an ISO date-time, stored as a Cypher datetime. */
  dateTime?: string;
}

/** "2022-01-25", "2022-01-25T09:00:00Z", "2022-01-25 09:00:00+02:00", "2022-01-25T09:00" (no zone: read as UTC). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The date, or undefined when the value names no calendar day (then the caller reports it and stores none). */
export function parsePublicationDate(value: string): PublicationDate | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const iso = ISO.exec(text);
  if (iso) return fromIso(iso);
  return fromWritten(text);
}

function fromIso(match: RegExpExecArray): PublicationDate | undefined {
  const [, year, month, day, hour, minute, second = '00', fraction = '', zone] = match;
  const date = calendarDay(+year, +month, +day);
  if (!date || hour === undefined) return date ? { date } : undefined;
  if (+hour > 23 || +minute > 59 || +second > 59) return { date };
  return { date, dateTime: `${date}T${hour}:${minute}:${second}${fraction}${zoneOf(zone)}` };
}

/** Written forms, through chrono: only a value that is wholly a date counts, so "next Tuesday at the summit" does not. */
function fromWritten(text: string): PublicationDate | undefined {
  const found = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })[0];
  if (!found || !found.start.isCertain('year') || !found.start.isCertain('day')) return undefined;
  if (found.text.replace(/\W/g, '').length < text.replace(/\W/g, '').length * 0.8) return undefined;
  const { start } = found;
  const date = calendarDay(start.get('year')!, start.get('month')!, start.get('day')!);
  if (!date) return undefined;
  if (!start.isCertain('hour')) return { date };
  const offset = start.isCertain('timezoneOffset') ? start.get('timezoneOffset')! : 0;
  const time = [start.get('hour')!, start.get('minute') ?? 0, start.get('second') ?? 0].map(twoDigits).join(':');
  return { date, dateTime: `${date}T${time}${offsetText(offset)}` };
}

/** YYYY-MM-DD for a real calendar day ("2022-02-30" is none). */
function calendarDay(year: number, month: number, day: number): string | undefined {
  const moment = new Date(Date.UTC(year, month - 1, day));
  if (moment.getUTCFullYear() !== year || moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

function zoneOf(zone: string | undefined): string {
  if (!zone || zone.toUpperCase() === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  return `${sign}${twoDigits(Math.floor(whole / 60))}:${twoDigits(whole % 60)}`;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}
