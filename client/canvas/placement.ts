// Where new nodes go: around the node they were expanded from, on free ground, without moving anything already placed.

export interface Point {
  x: number;
  y: number;
}

export interface PlacementOptions {
  /** Distance kept between a new node and any other node, in model units. */
  spacing: number;
  /** Radius of the first ring around the parent. */
  firstRing: number;
}

export const PLACEMENT: PlacementOptions = { spacing: 46, firstRing: 110 };

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for `count` new nodes around `parent`: candidate points on a golden-angle spiral outward from the
 * first ring, each taken only where it keeps `spacing` from every node placed so far. Deterministic, so the same
 * expansion lands the same way on every load; a spatial grid keeps it linear in the nodes it checks.
 */
export function placeAround(parent: Point, occupied: Point[], count: number, options: PlacementOptions = PLACEMENT): Point[] {
  const cell = options.spacing;
  const grid = new Map<string, Point[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  const add = (p: Point) => {
    const k = key(p.x, p.y);
    const bucket = grid.get(k);
    if (bucket) bucket.push(p);
    else grid.set(k, [p]);
  };
  const free = (p: Point) => {
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if ((q.x - p.x) ** 2 + (q.y - p.y) ** 2 < cell * cell) return false;
        }
      }
    }
    return true;
  };
  occupied.forEach(add);
  add(parent);
  const placed: Point[] = [];
  const step = cell * 0.35;
  for (let i = 0; placed.length < count && i < count * 400 + 2000; i++) {
    const radius = options.firstRing + step * Math.sqrt(i) * 2.2;
    const angle = i * GOLDEN_ANGLE;
    const p = { x: parent.x + radius * Math.cos(angle), y: parent.y + radius * Math.sin(angle) };
    if (!free(p)) continue;
    placed.push(p);
    add(p);
  }
  return placed;
}

/** A grid for nodes that have no parent to gather around (search results, a saved question's answer), right of `origin`. */
export function placeInGrid(origin: Point, count: number, spacing = 120): Point[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count * 1.6)));
  return Array.from({ length: count }, (_, i) => ({ x: origin.x + (i % columns) * spacing, y: origin.y + Math.floor(i / columns) * spacing * 0.8 }));
}
