// The view benchmarks' page: a stand-in API serving one synthetic graph, and the analyst's pan-and-zoom gesture loop.
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import type { GraphPayload } from '../../server/contract';
import { CLIENT_DIR } from '../../test/client/support/fixture-app';

/** The explorer builds a run measures: this one, and another built client/dist given as BENCH_COMPARE, in the same run. */
export const BUILDS: ReadonlyArray<{ name: string; dir: string }> = [
  { name: 'this', dir: CLIENT_DIR }, ...(process.env.BENCH_COMPARE ? [{ name: 'compared', dir: process.env.BENCH_COMPARE }] : []),
];

/** How long the gesture loop runs for each figure. */
export const MEASURE_MS = 4_000;

/**
 * A stand-in API that serves one synthetic graph as "the whole graph" and says it is small, so the page draws it all.
 * `clientDir` serves another build of the explorer (an earlier one, to compare with in the same run).
 */
export function graphServer(graph: GraphPayload, clientDir = CLIENT_DIR) {
  const app = express();
  app.use(express.static(clientDir));
  app.get('/api/overview', (_req, res) => res.json({
    counts: { nodes: 1, edges: 0, articles: 0, people: 0, organizations: 0, places: 0, statements: 0, events: 0 },
    mostQuoted: [], latestArticles: [], placesWithMostEvents: [], outlets: [],
  }));
  app.get('/api/graph', (_req, res) => res.json(graph));
  app.get('/api/timeline', (_req, res) => res.json({ days: [], undatedEvents: 0 }));
  return new Promise<{ url: string; close(): void }>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      close: () => server.close(),
    }));
  });
}

/** Opens the explorer on the served graph and waits until it is drawn and laid out (or failed). */
export async function openGraph(context: BrowserContext, url: string, renderer: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}?renderer=${renderer}`);
  await page.waitForFunction(() => window.whosaid?.state === 'ready' || window.whosaid?.state === 'error', null, { timeout: 600_000 });
  return page;
}

/** The canvas fitted to the graph, and where it is on the page. */
export async function fittedCanvas(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  // A page still busy drawing answers late: its own evaluate waits as long as it takes, unlike a locator's timeout.
  return page.evaluate(() => {
    window.whosaid.cy?.fit();
    const rect = document.getElementById('cy')!.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
}

/**
 * What an analyst does, through the real event path for `ms`: drag the background over a third of the canvas in 12
 * steps, then three wheel notches in and three out at its centre, again and again.
 */
export async function panAndZoom(page: Page, box: { x: number; y: number; width: number; height: number }, ms = MEASURE_MS): Promise<void> {
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const started = Date.now();
  while (Date.now() - started < ms) {
    // An empty spot near the top left corner, so the drag pans rather than moves a node.
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + 4 + box.width / 3, box.y + 4 + box.height / 4, { steps: 12 });
    await page.mouse.up();
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 100);
  }
}

/** Starts counting the page's frames (requestAnimationFrame callbacks) and the time between them. */
export function countFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const counter = { frames: 0, started: performance.now(), running: true, deltas: [] as number[], last: performance.now() };
    (window as unknown as { frameCounter: typeof counter }).frameCounter = counter;
    const tick = (now: number) => {
      counter.frames += 1;
      counter.deltas.push(now - counter.last);
      counter.last = now;
      if (counter.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export interface FrameFigures {
  fps: number;
  /** Time between frames, in ms: the median, the 95th percentile and the longest. */
  p50: number;
  p95: number;
  longest: number;
}

/** Stops counting and gives frames per second and the spread of frame times. */
export function frameFigures(page: Page): Promise<FrameFigures> {
  return page.evaluate(() => {
    const counter = (window as unknown as { frameCounter: { frames: number; started: number; running: boolean; deltas: number[] } }).frameCounter;
    counter.running = false;
    const sorted = [...counter.deltas].sort((a, b) => a - b);
    const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
    return { fps: counter.frames / ((performance.now() - counter.started) / 1000), p50: at(0.5), p95: at(0.95), longest: sorted[sorted.length - 1] ?? NaN };
  });
}
