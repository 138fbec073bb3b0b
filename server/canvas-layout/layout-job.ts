// One force layout as plain data in and positions out, so that it can run in a worker, away from the page's thread.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forceLayout } from './force-layout';
import { seedOf, withSeededRandom } from './seeded-random';

cytoscape.use(fcose);

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

/** Lays out the job's graph on a headless Cytoscape with the explorer's own force layout; the same job, the same positions. */
export function runLayoutJob(job: LayoutJob): LayoutPositions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: {
      nodes: job.nodes.map(({ id, type, degree, width, height, position }) => ({ data: { id, type, degree, width, height }, position: { ...position } })),
      edges: job.edges.map(({ id, source, target, type }) => ({ data: { id, source, target, type } })),
    },
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)', 'border-width': 0, padding: '0' } }],
  } as cytoscape.CytoscapeOptions);
  const layout = cy.layout({
    ...forceLayout(),
    randomize: job.randomize,
    quality: job.quality,
    numIter: job.numIter,
    // A headless canvas has no size to fit: the page fits the positions once it has them.
    fit: false,
    ...(job.fixed.length > 0 ? { fixedNodeConstraint: job.fixed } : {}),
  } as unknown as cytoscape.LayoutOptions);
  withSeededRandom(job.seed, () => layout.run());
  const positions: LayoutPositions = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x, y };
  });
  cy.destroy();
  return positions;
}

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
