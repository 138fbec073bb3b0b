// Reads and drives the explorer's Cytoscape canvas from a browser test, through window.whosaid.cy.
import type { Page } from 'playwright-core';

export interface DrawnNode {
  id: string;
  label: string;
  /** Whether the node's shape lies inside the visible canvas. */
  onScreen: boolean;
}

/** The first node whose label matches `name` (of `type`, if given), as the page draws it; null when there is none. */
export function findNode(page: Page, name: RegExp, type?: string): Promise<DrawnNode | null> {
  return page.evaluate(
    ({ source, flags, type }) => {
      const cy = window.whosaid.cy;
      if (!cy) return null;
      const pattern = new RegExp(source, flags);
      const node = cy.nodes(type ? `.${type}` : '').filter((n) => pattern.test(String(n.data('label')))).first();
      if (node.empty()) return null;
      const box = node.renderedBoundingBox({ includeLabels: false });
      const onScreen = node.visible() && box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
      return { id: node.id(), label: String(node.data('label')), onScreen };
    },
    { source: name.source, flags: name.flags, type },
  );
}

/** Clicks a node with the mouse, as an analyst would, bringing it into view first if it is off screen. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.whosaid.cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) throw new Error(`test: no node ${nodeId} on the canvas`);
    const at = node.renderedPosition();
    if (at.x < 0 || at.y < 0 || at.x > cy.width() || at.y > cy.height()) cy.center(node);
    const { x, y } = node.renderedPosition();
    const frame = cy.container()?.getBoundingClientRect();
    return { x: x + (frame?.left ?? 0), y: y + (frame?.top ?? 0) };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** Waits until the camera has stopped moving and the labels have been redrawn for where it stopped. */
export async function waitForCamera(page: Page): Promise<void> {
  await page.waitForFunction(() => window.whosaid.cy?.animated() === false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Pairs of node labels that are drawn (neither hidden, faded nor quiet) and overlap on the canvas. */
export function drawnLabelOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.whosaid.cy;
    if (!cy) return [];
    const drawn = cy.nodes(':visible').filter((n) => !n.hasClass('quiet') && !n.hasClass('faded'));
    const boxes = drawn.map((n) => ({ label: String(n.data('display')), box: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false, includeUnderlays: false }) }));
    const pairs: string[] = [];
    boxes.forEach((a, i) => {
      boxes.slice(i + 1).forEach((b) => {
        const overlap = a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2;
        if (overlap) pairs.push(`${a.label} / ${b.label}`);
      });
    });
    return pairs;
  });
}

/** Ids of the nodes on the canvas, sorted. */
export function canvasNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.whosaid.cy?.nodes().map((n) => n.id()).sort() ?? []);
}

/** Double-clicks a node on the canvas, as an analyst expands it. */
export async function doubleClickNode(page: Page, id: string): Promise<void> {
  const point = await renderedPoint(page, id);
  await page.mouse.dblclick(point.x, point.y);
}

/** Where a node is drawn, in page coordinates (brought on screen first). */
export async function renderedPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = window.whosaid.cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) throw new Error(`test: no node ${nodeId} on the canvas`);
    const at = node.renderedPosition();
    if (at.x < 20 || at.y < 20 || at.x > cy.width() - 20 || at.y > cy.height() - 20) cy.center(node);
    const { x, y } = node.renderedPosition();
    const frame = cy.container()?.getBoundingClientRect();
    return { x: x + (frame?.left ?? 0), y: y + (frame?.top ?? 0) };
  }, id);
}

/**
 * Waits until the number of nodes on the canvas satisfies `test`, and returns it. Polled from the test's side: the
 * page's Content-Security-Policy forbids evaluating a test function sent as text.
 */
export async function waitForNodeCount(page: Page, test: (count: number) => boolean): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const count = await page.evaluate(() => window.whosaid.cy?.nodes().length ?? -1);
    if (test(count)) return count;
    if (Date.now() > deadline) throw new Error(`test: the canvas still holds ${count} nodes after 20 s`);
    await page.waitForTimeout(100);
  }
}

/** Waits until the workspace has no read from the server under way and the camera has stopped. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.whosaid.state === 'ready' && window.whosaid.controller?.busy() === 0
    && (window.whosaid.view?.layoutsRunning() ?? 0) === 0, null, { timeout: 20_000 });
  await waitForCamera(page);
}

/** Clicks an edge at its midpoint, as an analyst clicks a link for its evidence. */
export async function clickEdge(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((edgeId) => {
    const cy = window.whosaid.cy;
    const edge = cy?.getElementById(edgeId);
    if (!cy || !edge || edge.empty()) throw new Error(`test: no edge ${edgeId} on the canvas`);
    const { x, y } = edge.renderedMidpoint();
    const frame = cy.container()?.getBoundingClientRect();
    return { x: x + (frame?.left ?? 0), y: y + (frame?.top ?? 0) };
  }, id);
  await page.mouse.click(point.x, point.y);
}
