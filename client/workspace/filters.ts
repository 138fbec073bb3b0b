// The source and time filters: which statements, events and articles pass the outlet, kind and date filters.

import type { GraphNodeData } from '../../server/contract';
import type { TimeWindow } from './permalink';

export interface FactFilters {
  /** Outlets shown; null shows every outlet. */
  outlets: ReadonlySet<string> | null;
  /** Statement kinds shown; null shows every kind. */
  kinds: ReadonlySet<string> | null;
  time: TimeWindow | null;
}

export const NO_FILTERS: FactFilters = { outlets: null, kinds: null, time: null };

const FACT_TYPES = new Set(['statement', 'event', 'article']);

/**
 * The day a fact falls on: for an event by its own date ('event') or its article's ('report'); statements and
 * articles only have the report date. Null when the node has no such date.
 */
export function factDay(node: GraphNodeData, by: TimeWindow['by']): string | null {
  const pick = (value: unknown) => (typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : null);
  if (node.type === 'article') return pick(node.date);
  if (node.type === 'event') return by === 'event' ? pick(node.date) : pick(node.reportDate);
  if (node.type === 'statement') return pick(node.reportDate);
  return null;
}

/** Entities always pass: people and places are not from an outlet or a day, what is said of them is. */
export function passesFilters(node: GraphNodeData, filters: FactFilters): boolean {
  if (!FACT_TYPES.has(node.type)) return true;
  if (filters.outlets && !filters.outlets.has(String(node.outlet ?? ''))) return false;
  if (filters.kinds && node.type === 'statement' && !filters.kinds.has(String(node.kind ?? ''))) return false;
  if (filters.time) {
    const day = factDay(node, filters.time.by);
    if (day === null || day < filters.time.from || day > filters.time.to) return false;
  }
  return true;
}
