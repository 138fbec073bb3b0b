// Which elements may be under the pointer, from a grid of where nodes and straight edges lie, so that Cytoscape's own
// hit test looks at those few instead of every node and edge of a large canvas.
//
// Why: Cytoscape finds the element under the pointer (on every button press, and every move that is not a drag) by
// testing all of them in z-order, asking each edge for its bounding box three times (each call builds a memoised
// closure and a position key string): at 5,000 nodes and 10,000 edges that is 60-200 ms a test on this machine, the
// largest cost left while panning once the picture glides (canvas/camera-glide.ts). No option narrows it, so this is the
// one place that reaches into the renderer: its `findNearestElements` is wrapped to run, unchanged, over the candidates
// the grid gives, in their z-order, so that it decides exactly as it would over all of them. A grid is built when first
// needed and dropped whenever an element is added, removed, moved, restyled or its data changes.

import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { boundsGrid, type BoundsGrid } from './bounds-grid';

/** Room kept around the pointer, in pixels: Cytoscape finds an edge up to 24 px away on a touch screen, a node 8 px. */
const POINTER_ROOM = 30;

/** Room kept around an edge in model units, beyond half its width, for the arrows at its ends (17 units at most here). */
const ARROW_ROOM = 20;

type ZSorted = SingularElementArgument[] & { interactive: SingularElementArgument[] };

interface Renderer {
  /** Set when the canvas draws through WebGL (Cytoscape >= 3.31). */
  webgl?: boolean;
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): SingularElementArgument[];
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
}

interface Index { source: SingularElementArgument[]; grid: BoundsGrid }

/** A style value as the renderer reads it (parsed), which Cytoscape's typings leave out. */
const styleOf = (element: SingularElementArgument, name: string) =>
  (element as unknown as { pstyle(name: string): { pfValue: number; strValue: string } }).pstyle(name);

/** Straight edges only: a curve can leave the segment between its points, which the grid would not see. */
const STRAIGHT = new Set(['haystack', 'straight', 'segments']);

/** `enabled` says, at each hit test, whether to use the grid (a large canvas) or test everything as Cytoscape does. */
export function indexHitTests(cy: Core, enabled: () => boolean): void {
  const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
  // WebGL picks through a framebuffer it draws from the z-sorted elements and keeps until they change: given a short
  // list of candidates it would draw and number only those, and later picks would read that stale buffer against
  // another list. Its picking is fast without a grid anyway.
  if (renderer.webgl) return;
  const testAll = renderer.findNearestElements;
  const zSorted = renderer.getCachedZSortedEles;
  let index: Index | null = null;
  cy.on('add remove position style class data', () => void (index = null));

  renderer.findNearestElements = function findNearestCandidates(x, y, interactiveOnly, isTouch) {
    if (!interactiveOnly || !enabled() || (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes()) return testAll.call(this, x, y, interactiveOnly, isTouch);
    const all = zSorted.call(this).interactive;
    if (index?.source !== all) index = build(all);
    if (!index) return testAll.call(this, x, y, interactiveOnly, isTouch);
    const found = index.grid.near(x, y, POINTER_ROOM / cy.zoom()).map((i) => all[i]);
    const candidates = Object.assign([...found], { interactive: found }) as ZSorted;
    this.getCachedZSortedEles = () => candidates;
    try {
      return testAll.call(this, x, y, interactiveOnly, isTouch);
    } finally {
      // The prototype's own again: the renderer keeps its z-sorted cache as it was.
      delete (this as Partial<Renderer>).getCachedZSortedEles;
      if (this.getCachedZSortedEles !== zSorted) this.getCachedZSortedEles = zSorted;
    }
  };

  /** The grid of these elements, or null when one of them cannot be placed in it (a curved edge): then all are tested. */
  function build(all: SingularElementArgument[]): Index | null {
    if (all.length === 0) return null;
    // Taking the bounding box first also brings every element's rendered style up to date, which the edge points read
    // from the renderer's scratch (`allpts`) below rely on.
    const area = cy.elements().boundingBox({ includeLabels: false });
    const grid = boundsGrid(area);
    for (let i = 0; i < all.length; i++) {
      const element = all[i];
      if (element.isNode()) {
        const node = element as NodeSingular;
        const { x, y } = node.position();
        const half = Math.max(node.outerWidth(), node.outerHeight()) / 2;
        grid.addBox(i, { x1: x - half, y1: y - half, x2: x + half, y2: y + half });
      } else {
        const edge = element as EdgeSingular;
        const drawn = (edge as unknown as { _private: { rscratch: { edgeType?: string; allpts?: number[] } } })._private.rscratch;
        if (drawn.edgeType && !STRAIGHT.has(drawn.edgeType)) return null;
        const points = drawn.allpts && drawn.allpts.length >= 4 ? drawn.allpts : [edge.source().position('x'), edge.source().position('y'), edge.target().position('x'), edge.target().position('y')];
        const pad = Number(styleOf(edge, 'width').pfValue) / 2 + ARROW_ROOM;
        for (let p = 0; p + 3 < points.length; p += 2) grid.addSegment(i, { x: points[p], y: points[p + 1] }, { x: points[p + 2], y: points[p + 3] }, pad);
      }
      // A label that answers to the pointer is found by its box too.
      if (styleOf(element, 'text-events').strValue === 'yes') grid.addBox(i, element.boundingBox());
    }
    return { source: all, grid };
  }
}
