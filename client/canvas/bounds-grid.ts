// A uniform grid over the canvas's model space: which of many boxes and segments lie near a point, without testing them all.

export interface Bounds { x1: number; y1: number; x2: number; y2: number }

/** Boxes (nodes) and padded segments (straight edges), each under its index, answered by the cells a point's box meets. */
export interface BoundsGrid {
  addBox(index: number, box: Bounds): void;
  addSegment(index: number, from: { x: number; y: number }, to: { x: number; y: number }, pad: number): void;
  /** Indices of every item whose cells meet the square of half-side `pad` around (x, y), in ascending order. */
  near(x: number, y: number, pad: number): number[];
}

/** `area` is the space the items lie in (items beyond it fall in its edge cells); `cells` the cells per side. */
export function boundsGrid(area: Bounds, cells = 64): BoundsGrid {
  const width = Math.max(area.x2 - area.x1, 1);
  const height = Math.max(area.y2 - area.y1, 1);
  const grid: number[][] = Array.from({ length: cells * cells }, () => []);
  const column = (x: number) => Math.min(cells - 1, Math.max(0, Math.floor(((x - area.x1) / width) * cells)));
  const row = (y: number) => Math.min(cells - 1, Math.max(0, Math.floor(((y - area.y1) / height) * cells)));

  function addBox(index: number, box: Bounds) {
    for (let r = row(box.y1); r <= row(box.y2); r++) {
      for (let c = column(box.x1); c <= column(box.x2); c++) {
        const cell = grid[r * cells + c];
        if (cell[cell.length - 1] !== index) cell.push(index);
      }
    }
  }

  return {
    addBox,
    addSegment(index, from, to, pad) {
      // Padded boxes at steps of half a cell along the segment: together they cover every cell it passes near.
      const step = Math.min(width, height) / cells / 2;
      const count = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / step));
      for (let i = 0; i <= count; i++) {
        const x = from.x + ((to.x - from.x) * i) / count;
        const y = from.y + ((to.y - from.y) * i) / count;
        addBox(index, { x1: x - pad - step, y1: y - pad - step, x2: x + pad + step, y2: y + pad + step });
      }
    },
    near(x, y, pad) {
      const found = new Set<number>();
      for (let r = row(y - pad); r <= row(y + pad); r++) {
        for (let c = column(x - pad); c <= column(x + pad); c++) for (const index of grid[r * cells + c]) found.add(index);
      }
      return [...found].sort((a, b) => a - b);
    },
  };
}
