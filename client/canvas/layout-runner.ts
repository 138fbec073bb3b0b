// Runs layouts without blocking the page: in a worker, seeded (stable from one load to the next), bounded in iterations.

import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { LayoutCache } from './layout-cache';
import { layoutEffort, layoutKey, seedOf, type LayoutJob, type LayoutPositions, type Point } from '../../server/canvas-layout/layout-plan';
import { layOutOffThePage, onThePage, stopReplacedLayouts } from './layout-thread';

/**
 * Above this many visible nodes a full force layout would hold the page's only thread for seconds (it grows as
 * nodes²): the nodes keep the positions they were placed at, and the analyst can still re-run it on a selection.
 */
export const FULL_LAYOUT_LIMIT = 1_500;

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
 * 'laid-out': the nodes are in place, to be tidied up; 'restored': they are where an earlier load drew them, tidied up
 * already; 'too-big': nothing moved; 'superseded': a later layout of the canvas took over.
 */
export type LayoutOutcome = 'laid-out' | 'restored' | 'too-big' | 'superseded';

/**
 * Lays out the visible graph. `fresh` starts from a seeded random draw (a new canvas); otherwise the layout
 * starts from where the nodes are, so it tidies up (after a type was hidden) rather than reshuffles. Pinned
 * (locked) nodes stay put. A worker's layout leaves the page live: the analyst may start another layout meanwhile
 * (this one is then superseded and moves nothing), drag nodes (they stay where they were dropped) or expand one (its
 * new neighbours move with it).
 */
export async function runLayout(
  cy: Core, fresh: boolean, { cache, thread, given }: { cache?: LayoutCache; thread?: LayoutThread; given?: LayoutPositions } = {},
): Promise<LayoutOutcome> {
  const generation = nextGeneration(cy);
  // Whatever this layout turns out to be (restored, too big, on the page), the one it replaces stops working now.
  stopReplacedLayouts();
  const visible = cy.elements(':visible');
  const nodes = cy.nodes(':visible');
  if (nodes.length === 0 || nodes.length > FULL_LAYOUT_LIMIT) return 'too-big';
  const pinned = nodes.filter((n) => n.locked());
  // A fresh, unpinned layout depends on nothing but the nodes and links laid out: the same ones, the same positions.
  const nodeIds = nodes.map((n) => n.id());
  const key = fresh && pinned.empty() && cache ? visibleLayoutKey(cy) : null;
  // Positions kept from an earlier load, or computed by the server with the same job, place the canvas without a layout.
  const known = [key ? cache?.get(key) : undefined, fresh && pinned.empty() ? given : undefined]
    .find((positions) => positions && nodeIds.every((id) => positions[id] !== undefined));
  if (known) {
    cy.batch(() => nodes.forEach((n) => void n.position({ ...known[n.id()] })));
    return known === given ? 'laid-out' : 'restored';
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
    seed: seedOf(nodeIds),
  };
  const current = () => generations.get(cy) === generation && !cy.destroyed();
  // Either way the same function computes the positions, so a canvas gets the same layout wherever it ran.
  const runsOnThePage = thread ? thread === 'page' : nodes.length <= PAGE_LAYOUT_LIMIT;
  // Either path may wait (for the worker, or for the layout's chunk): nodes the analyst drops meanwhile stay there.
  const dropped = new Set<string>();
  const noteDrop = (event: EventObject) => void dropped.add(event.target.id());
  cy.on('dragfree', 'node', noteDrop);
  const { positions, thread: ranOn } = await (runsOnThePage ? onThePage(job, current) : layOutOffThePage(job, current))
    .finally(() => cy.removeListener('dragfree', 'node', noteDrop));
  if (!current()) return 'superseded';
  placeAsLaidOut(cy, job, positions, dropped);
  lastThread = ranOn;
  return 'laid-out';
}

/** The key a layout of the visible nodes and links is stored under. */
function visibleLayoutKey(cy: Core): string {
  return layoutKey(cy.nodes(':visible').map((n) => n.id()), cy.elements(':visible').edges().map((e) => e.id()));
}

/**
 * Keeps a fresh canvas's positions as drawn, after the tidy-up, under the key of its nodes and links: the next load
 * draws exactly these, whatever the page's size is then (the tidy-up depends on it).
 */
export function rememberLayout(cy: Core, cache: LayoutCache): void {
  const nodes = cy.nodes(':visible');
  if (nodes.empty() || nodes.length > FULL_LAYOUT_LIMIT || nodes.some((n) => (n as NodeSingular).locked())) return;
  cache.put(visibleLayoutKey(cy), Object.fromEntries(nodes.map((n) => [n.id(), { ...(n as NodeSingular).position() }])));
}

/**
 * Moves the job's nodes to their laid-out positions, except nodes removed or dropped by the analyst since it began;
 * a node added since (an expansion) moves as far as the laid-out node it hangs from, so it stays beside it.
 */
function placeAsLaidOut(cy: Core, job: LayoutJob, positions: LayoutPositions, dropped: ReadonlySet<string>): void {
  const before = new Map(job.nodes.map((node) => [node.id, node.position]));
  cy.batch(() => {
    const shifts = new Map<string, Point>();
    for (const [id, to] of Object.entries(positions)) {
      const node = cy.getElementById(id);
      const from = before.get(id);
      if (node.empty() || node.removed() || dropped.has(id) || !from) continue;
      shifts.set(id, { x: to.x - node.position('x'), y: to.y - node.position('y') });
      node.position(to);
    }
    cy.nodes().forEach((node) => {
      if (before.has(node.id()) || dropped.has(node.id())) return;
      const anchor = node.neighborhood('node').toArray().find((neighbour) => shifts.has(neighbour.id()));
      const shift = anchor && shifts.get(anchor.id());
      if (shift) node.position({ x: node.position('x') + shift.x, y: node.position('y') + shift.y });
    });
  });
}

/** The latest layout of each canvas: an older one that finishes late must not move nodes the newer one placed. */
const generations = new WeakMap<Core, number>();

function nextGeneration(cy: Core): number {
  const next = (generations.get(cy) ?? 0) + 1;
  generations.set(cy, next);
  return next;
}
