// Runs layouts without blocking the page: in a worker, seeded (stable from one load to the next), bounded in iterations.

import type { Core, NodeSingular } from 'cytoscape';
import type { LayoutCache } from './layout-cache';
import { runLayoutJob, type LayoutJob } from './layout-job';
import { layOutOffThePage } from './layout-thread';
import { seedOf } from './seeded-random';

/**
 * Above this many visible nodes a full force layout would hold the page's only thread for seconds (it grows as
 * nodes²): the nodes keep the positions they were placed at, and the analyst can still re-run it on a selection.
 */
export const FULL_LAYOUT_LIMIT = 1_500;

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
 * Up to this many nodes the layout runs on the page (about half a second for the seed's 214 on this project's
 * machine): a worker would first have to load and compile Cytoscape, which measured slower than the layout itself at
 * this size. Larger canvases, which would hold the page for seconds, are laid out in the worker.
 */
export const PAGE_LAYOUT_LIMIT = 250;

export type LayoutThread = 'page' | 'worker';

let lastThread: LayoutThread | null = null;

/** Where the last layout ran (a browser test reads it through window.whosaid). */
export function layoutThreadUsed(): LayoutThread | null {
  return lastThread;
}

/**
 * Lays out the visible graph. `fresh` starts from a seeded random draw (a new canvas); otherwise the layout
 * starts from where the nodes are, so it tidies up (after a type was hidden) rather than reshuffles. Pinned
 * (locked) nodes stay put. Resolves false when the graph is too big to lay out, or when a later layout of the canvas
 * replaced this one before it finished (a worker's layout leaves the page live, so the analyst may start another).
 */
export async function runLayout(cy: Core, fresh: boolean, { cache, thread }: { cache?: LayoutCache; thread?: LayoutThread } = {}): Promise<boolean> {
  const generation = nextGeneration(cy);
  const visible = cy.elements(':visible');
  const nodes = cy.nodes(':visible');
  if (nodes.length === 0 || nodes.length > FULL_LAYOUT_LIMIT) return false;
  const pinned = nodes.filter((n) => n.locked());
  // A fresh, unpinned layout depends on nothing but the nodes and links laid out: the same ones, the same positions.
  const ids = [...nodes.map((n) => n.id()), ...visible.edges().map((e) => e.id())];
  const key = fresh && pinned.empty() && cache ? `${nodes.length}:${ids.length}:${seedOf(ids)}` : null;
  const remembered = key ? cache?.get(key) : null;
  if (remembered && ids.slice(0, nodes.length).every((id) => remembered[id] !== undefined)) {
    cy.batch(() => nodes.forEach((n) => void n.position({ ...remembered[n.id()] })));
    return true;
  }
  const job: LayoutJob = {
    nodes: nodes.map((n) => ({
      id: n.id(), type: n.data('type'), degree: n.data('degree') ?? n.degree(false), width: n.outerWidth(), height: n.outerHeight(),
      position: { ...n.position() },
    })),
    edges: visible.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), type: e.data('type') })),
    randomize: fresh,
    ...layoutEffort(nodes.length),
    fixed: pinned.map((n) => ({ nodeId: n.id(), position: { ...(n as NodeSingular).position() } })),
    seed: seedOf(nodes.map((n) => n.id())),
  };
  // Either way the same function computes the positions, so a canvas gets the same layout wherever it ran.
  const onThePage = thread ? thread === 'page' : nodes.length <= PAGE_LAYOUT_LIMIT;
  const { positions, thread: ranOn } = onThePage ? { positions: runLayoutJob(job), thread: 'page' as const } : await layOutOffThePage(job);
  lastThread = ranOn;
  if (generations.get(cy) !== generation || cy.destroyed()) return false;
  // Nodes removed meanwhile are skipped; nodes added meanwhile keep the places they were given.
  cy.batch(() => nodes.forEach((n) => {
    if (!n.removed() && positions[n.id()]) n.position(positions[n.id()]);
  }));
  if (key) cache?.put(key, Object.fromEntries(nodes.map((n) => [n.id(), { ...(n as NodeSingular).position() }])));
  return true;
}

/** The latest layout of each canvas: an older one that finishes late must not move nodes the newer one placed. */
const generations = new WeakMap<Core, number>();

function nextGeneration(cy: Core): number {
  const next = (generations.get(cy) ?? 0) + 1;
  generations.set(cy, next);
  return next;
}
