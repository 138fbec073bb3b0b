// Runs layouts without blocking the page for long: seeded (stable from one load to the next), bounded in iterations.

import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { forceLayout } from '../layout';
import type { LayoutCache } from './layout-cache';
import { seedOf, withSeededRandom } from './seeded-random';

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
 * Lays out the visible graph. `fresh` starts from a seeded random draw (a new canvas); otherwise the layout
 * starts from where the nodes are, so it tidies up (after a type was hidden) rather than reshuffles. Pinned
 * (locked) nodes stay put. Returns false when the graph is too big to lay out on the page.
 */
export function runLayout(cy: Core, fresh: boolean, cache?: LayoutCache): Promise<boolean> {
  const visible = cy.elements(':visible');
  const nodes = cy.nodes(':visible');
  if (nodes.length === 0 || nodes.length > FULL_LAYOUT_LIMIT) return Promise.resolve(false);
  const pinned = nodes.filter((n) => n.locked());
  // A fresh, unpinned layout depends on nothing but the nodes and links laid out: the same ones, the same positions.
  const ids = [...nodes.map((n) => n.id()), ...visible.edges().map((e) => e.id())];
  const key = fresh && pinned.empty() && cache ? `${nodes.length}:${ids.length}:${seedOf(ids)}` : null;
  const remembered = key ? cache?.get(key) : null;
  if (remembered && ids.slice(0, nodes.length).every((id) => remembered[id] !== undefined)) {
    cy.batch(() => nodes.forEach((n) => void n.position({ ...remembered[n.id()] })));
    return Promise.resolve(true);
  }
  const options = {
    ...forceLayout(),
    randomize: fresh,
    ...layoutEffort(nodes.length),
    ...(pinned.nonempty() ? { fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...(n as NodeSingular).position() } })) } : {}),
  } as unknown as LayoutOptions;
  const layout = visible.layout(options);
  const stopped = layout.promiseOn('layoutstop').then(() => {
    if (key) cache?.put(key, Object.fromEntries(nodes.map((n) => [n.id(), { ...(n as NodeSingular).position() }])));
    return true;
  });
  withSeededRandom(seedOf(nodes.map((n) => n.id())), () => layout.run());
  return stopped;
}
