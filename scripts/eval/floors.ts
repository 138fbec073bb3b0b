// Reads --min floors ("dev.statements=0.8,dev.events.p=0.85") and names the figures that fall below them.
import type { Figures } from './score';

export interface Floor { set: string; part: 'entities' | 'statements' | 'events'; measure: 'p' | 'r' | 'f1'; value: number; spec: string }

const PARTS = new Set(['entities', 'statements', 'events']);
const MEASURES = new Set(['p', 'r', 'f1']);

export function parseFloors(spec: string): Floor[] {
  return spec.split(',').filter(Boolean).map((item) => {
    const [name, value] = item.split('=');
    const [set, part, measure = 'f1'] = (name ?? '').split('.');
    const floor = Number(value);
    if (!set || !PARTS.has(part) || !MEASURES.has(measure) || !Number.isFinite(floor)) {
      throw new Error(`eval: a floor reads set.part[.p|.r|.f1]=number (e.g. dev.events.p=0.85), not "${item}"`);
    }
    return { set, part: part as Floor['part'], measure: measure as Floor['measure'], value: floor, spec: item };
  });
}

/** The floors not met; a floor on a set that was not scored (no dev set here) is skipped, as the warning said. */
export function belowFloors(floors: Floor[], results: Map<string, Figures>): string[] {
  const short: string[] = [];
  for (const floor of floors) {
    const figures = results.get(floor.set);
    if (!figures) continue;
    const got = figures[floor.part][floor.measure];
    if (!(got != null && got >= floor.value)) short.push(`${floor.set} ${floor.part} ${floor.measure} ${got == null ? 'n/a' : got.toFixed(3)} < ${floor.value}`);
  }
  return short;
}
