// The timeline's arithmetic: days to bins that fit the strip, and positions on the strip to dates and back.

import type { TimelinePayload } from '../../server/contract';

export interface Bin {
  /** First and last day the bin covers, YYYY-MM-DD. */
  from: string;
  to: string;
  events: number;
  reports: number;
}

const DAY_MS = 86_400_000;
export const toDay = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
export const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Bins of equal width (a whole number of days) so that at most `maxBins` cover the span. `events` counts events
 * by the date the text gives them, or by report date when `by` is 'report'; `reports` counts statements by report date.
 */
export function binDays(days: TimelinePayload['days'], by: 'event' | 'report', maxBins = 120): Bin[] {
  if (days.length === 0) return [];
  const first = toDay(days[0].date);
  const last = toDay(days[days.length - 1].date);
  const width = Math.max(1, Math.ceil((last - first + 1) / maxBins));
  const count = Math.floor((last - first) / width) + 1;
  const bins: Bin[] = Array.from({ length: count }, (_, i) => ({
    from: fromDay(first + i * width), to: fromDay(first + (i + 1) * width - 1), events: 0, reports: 0,
  }));
  for (const day of days) {
    const bin = bins[Math.floor((toDay(day.date) - first) / width)];
    bin.events += by === 'event' ? day.eventsByEventDate : day.eventsByReportDate;
    bin.reports += day.statements;
  }
  return bins;
}

/** The date under a point `x` of a strip `width` wide showing `bins`. */
export function dateAt(bins: Bin[], x: number, width: number): string {
  const first = toDay(bins[0].from);
  const last = toDay(bins[bins.length - 1].to);
  const fraction = Math.min(1, Math.max(0, x / width));
  return fromDay(Math.round(first + fraction * (last - first)));
}

export function xOf(bins: Bin[], date: string, width: number): number {
  const first = toDay(bins[0].from);
  const last = toDay(bins[bins.length - 1].to);
  return last === first ? 0 : ((toDay(date) - first) / (last - first)) * width;
}
