// Keeps labels from covering each other: spreads nodes apart once after layout, and picks which labels to draw at each zoom.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Shift {
  dx: number;
  dy: number;
}

export interface AdjustOptions {
  /** Space to keep between two boxes, in model units. */
  gap: number;
  /** Passes over all pairs; each pass removes most overlaps, and a crowded centre needs a few. */
  passes: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/**
 * How far to move each node so that no drawn box (shape and label) overlaps another: Gephi's "label adjust" in
 * small. Each overlapping pair is split along the axis where the overlap is smaller, half to each side, which
 * keeps the layout's shape while clearing the labels.
 */
export function separateBoxes(boxes: (Box & { id: string })[], options: AdjustOptions): Map<string, Shift> {
  const moving = boxes.map((b) => ({ ...b, dx: 0, dy: 0 }));
  const { gap } = options;
  for (let pass = 0; pass < options.passes; pass++) {
    moving.sort((a, b) => a.x1 - b.x1);
    let moved = false;
    for (let i = 0; i < moving.length; i++) {
      const a = moving[i];
      for (let j = i + 1; j < moving.length && moving[j].x1 < a.x2 + gap; j++) {
        const b = moving[j];
        const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        const alongX = overlapX < overlapY;
        const towardsB = Math.sign(alongX ? a.x1 + a.x2 - b.x1 - b.x2 : a.y1 + a.y2 - b.y1 - b.y2) || -1;
        const half = ((alongX ? overlapX : overlapY) / 2) * -towardsB;
        shift(a, alongX ? -half : 0, alongX ? 0 : -half);
        shift(b, alongX ? half : 0, alongX ? 0 : half);
      }
    }
    if (!moved) break;
  }
  return new Map(moving.map((b) => [b.id, { dx: b.dx, dy: b.dy }]));
}

function shift(box: Box & Shift, dx: number, dy: number): void {
  box.x1 += dx;
  box.x2 += dx;
  box.y1 += dy;
  box.y2 += dy;
  box.dx += dx;
  box.dy += dy;
}

/**
 * Where a label sits around its node: below first, then above, then below to either side. (Labels are never
 * centred beside a node: Cytoscape clips the top line of such wrapped labels in its texture cache.)
 */
export type LabelSide = 'below' | 'above' | 'below-right' | 'below-left';

export const LABEL_SIDES: LabelSide[] = ['below', 'above', 'below-right', 'below-left'];

export interface LabelCandidate {
  id: string;
  /** The label's box on each side of its node, in LABEL_SIDES order. */
  places: Box[];
  /** Higher goes first; at or above `forced` the label is drawn whatever it covers. */
  priority: number;
}

export interface Obstacle {
  id: string;
  body: Box;
}

/** The boxes a label of size `label` would take on each side of a node's `body`, `margin` away, in LABEL_SIDES order. */
export function labelPlaces(body: Box, label: { w: number; h: number }, margin: number): Box[] {
  const cx = (body.x1 + body.x2) / 2;
  const below = { y1: body.y2 + margin, y2: body.y2 + margin + label.h };
  return [
    { x1: cx - label.w / 2, x2: cx + label.w / 2, ...below },
    { x1: cx - label.w / 2, x2: cx + label.w / 2, y1: body.y1 - margin - label.h, y2: body.y1 - margin },
    { x1: body.x2 + margin, x2: body.x2 + margin + label.w, ...below },
    { x1: body.x1 - margin - label.w, x2: body.x1 - margin, ...below },
  ];
}

/**
 * How much closer to its node a label's box starts than `margin` says, for a label drawn below its node: the
 * renderer pads the box for the text's outline and plate, alike on every side.
 */
export function labelInset(body: Box, label: Box, margin: number): number {
  return body.y2 + margin - label.y1;
}

/**
 * Which side each label is drawn on; a label left out stays hidden because every side of its node is taken by a
 * label that matters more or by another node's shape (sigma's label grid, greedily, with a map maker's choice of
 * sides). Boxes are in model units, so the answer holds at every zoom for the same candidates.
 */
export function placeLabels(candidates: LabelCandidate[], obstacles: Obstacle[], options: { forced: number; gap: number }): Map<string, LabelSide> {
  const { forced, gap } = options;
  const drawn = new BoxGrid<Box>();
  const blocking = new BoxGrid<Obstacle>();
  obstacles.forEach((o) => blocking.insert(o.body, o));
  const placed = new Map<string, LabelSide>();
  const free = (id: string, box: Box) =>
    !drawn.some(box, gap, (other) => overlaps(other, box, gap)) && !blocking.some(box, gap, (o) => o.id !== id && overlaps(o.body, box, gap));
  for (const candidate of [...candidates].sort((a, b) => b.priority - a.priority)) {
    let side = candidate.places.findIndex((box) => free(candidate.id, box));
    if (side < 0 && candidate.priority >= forced) side = 0;
    if (side < 0) continue;
    drawn.insert(candidate.places[side], candidate.places[side]);
    placed.set(candidate.id, LABEL_SIDES[side]);
  }
  return placed;
}

/**
 * Boxes filed by the grid cells they cover, so that "does anything overlap this box?" looks at a few cells rather
 * than at every box: placing labels stays near linear on a canvas of thousands of nodes, which it redoes on zoom.
 */
export class BoxGrid<T> {
  private readonly cells = new Map<string, T[]>();

  constructor(private readonly cell = 80) {}

  private keys(box: Box, margin: number): string[] {
    const keys: string[] = [];
    const x1 = Math.floor((box.x1 - margin) / this.cell);
    const x2 = Math.floor((box.x2 + margin) / this.cell);
    const y1 = Math.floor((box.y1 - margin) / this.cell);
    const y2 = Math.floor((box.y2 + margin) / this.cell);
    for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) keys.push(`${x},${y}`);
    return keys;
  }

  insert(box: Box, item: T): void {
    for (const key of this.keys(box, 0)) {
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(item);
      else this.cells.set(key, [item]);
    }
  }

  /** Whether any item filed near `box` (within `margin`) passes `test`. */
  some(box: Box, margin: number, test: (item: T) => boolean): boolean {
    for (const key of this.keys(box, margin)) {
      if (this.cells.get(key)?.some(test)) return true;
    }
    return false;
  }
}
