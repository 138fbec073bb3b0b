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
