// What a layout job is and how much work it may do, apart from the layout itself: the page needs this much before its
// first drawing, and the force layout (fCoSE, about 130 KB of the bundle) only when it lays a canvas out itself.

export interface Point {
  x: number;
  y: number;
}

export interface LayoutJob {
  /** Each node's drawn size (its body with border and padding: what fCoSE keeps apart) and where it is now. */
  nodes: Array<{ id: string; type: string; degree: number; width: number; height: number; position: Point }>;
  edges: Array<{ id: string; source: string; target: string; type: string }>;
  /** Start from a seeded random draw (a new canvas) rather than from where the nodes are. */
  randomize: boolean;
  quality: 'proof' | 'default' | 'draft';
  numIter: number;
  /** Pinned nodes, which stay where they are. */
  fixed: Array<{ nodeId: string; position: Point }>;
  seed: number;
}

export type LayoutPositions = Record<string, Point>;

/**
 * How much work a full layout may do: fCoSE's spectral start ('draft') is near linear and does most of the work;
 * the force-directed refinement after it grows as nodes² and is only worth it, and only quick, on small canvases.
 */
export function layoutEffort(nodes: number): { quality: 'proof' | 'default' | 'draft'; numIter: number } {
  if (nodes <= 250) return { quality: 'proof', numIter: 1_000 };
  if (nodes <= 600) return { quality: 'default', numIter: 300 };
  return { quality: 'draft', numIter: 0 };
}

/**
 * What names a fresh layout of a canvas: the nodes and links laid out, in the order the canvas holds them. A fresh,
 * unpinned layout depends on nothing else, so the same key always comes with the same positions.
 */
export function layoutKey(nodeIds: readonly string[], edgeIds: readonly string[]): string {
  const ids = [...nodeIds, ...edgeIds];
  return `${nodeIds.length}:${ids.length}:${seedOf(ids)}`;
}

/** A seed from the ids being laid out: the same canvas gets the same layout, another canvas another one. */
export function seedOf(ids: Iterable<string>): number {
  let hash = 2166136261;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  }
  return hash >>> 0;
}
