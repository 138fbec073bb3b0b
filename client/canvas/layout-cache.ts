// Remembers the last few full layouts in the browser's storage: a canvas laid out before opens at once, in the same place.

import type { Position } from 'cytoscape';

/** Bumped when the layout's settings change, so that positions from the old settings are not reused. */
const STORAGE_KEY = 'whosaid.layouts.v1';
/** Layouts kept, newest first: enough for the overview and a few saved views, small beside localStorage's few MB. */
export const KEPT_LAYOUTS = 6;

type Stored = { key: string; positions: Record<string, Position> }[];

export interface LayoutCache {
  get(key: string): Record<string, Position> | null;
  put(key: string, positions: Record<string, Position>): void;
}

/**
 * A layout is seeded by its nodes and links (server/canvas-layout/seeded-random.ts), so the same canvas always gets the same positions:
 * keeping them changes nothing but the time. Storage that is full, off or unreadable just means no cache.
 */
export function layoutCache(storage: Pick<Storage, 'getItem' | 'setItem'> | null): LayoutCache {
  const read = (): Stored => {
    try {
      const parsed = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]') as unknown;
      return Array.isArray(parsed) ? (parsed as Stored) : [];
    } catch {
      return [];
    }
  };
  return {
    get: (key) => read().find((entry) => entry.key === key)?.positions ?? null,
    put(key, positions) {
      const kept = [{ key, positions }, ...read().filter((entry) => entry.key !== key)].slice(0, KEPT_LAYOUTS);
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(kept));
      } catch {
        // Full or refused: the next load lays out again, as it would have anyway.
      }
    },
  };
}
