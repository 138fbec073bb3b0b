// Small helpers over spans sorted by start, shared by the stages that look findings up by offset.
import type { Span } from './types';

/** Index of the first span starting at or after `offset` in spans sorted by start (a binary search). */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the last span starting at or before `offset` in spans sorted by start; -1 when none does. */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  return firstStartingAt(spans, offset + 1) - 1;
}
