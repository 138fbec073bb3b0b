// Benchmark: frames per second while panning and zooming 1,000 / 5,000 / 10,000 nodes in headless Chromium (canvas and
// WebGL renderers), and the time from navigation to the first drawn graph, for synthetic graphs (the seed view: seed-view.ts).
import express from 'express';
import { cpus } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { GraphPayload } from '../server/contract';
import { buildClient, CHROMIUM_PATH, launchBrowser } from '../test/client/support/browser';
import { CLIENT_DIR } from '../test/client/support/fixture-app';
import { syntheticGraph } from './support/synthetic-graph';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const MEASURE_MS = 4_000;

/** A stand-in API that serves one synthetic graph as "the whole graph" and says it is small, so the page draws it all. */
function graphServer(graph: GraphPayload) {
  const app = express();
  app.use(express.static(CLIENT_DIR));
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

/**
 * Frames the page draws per second while the mouse pans (drags the background) and zooms (wheel notches), as an analyst
 * does: input goes through the real event path, so Cytoscape's own handling of viewport gestures is what is measured.
 */
async function framesPerSecond(page: Page): Promise<number> {
  // A page still busy drawing answers late: its own evaluate waits as long as it takes, unlike a locator's timeout.
  const box = await page.evaluate(() => {
    window.whosaid.cy?.fit();
    const rect = document.getElementById('cy')!.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.evaluate(() => {
    const counter = { frames: 0, started: performance.now(), running: true };
    (window as unknown as { frameCounter: typeof counter }).frameCounter = counter;
    const tick = () => {
      counter.frames += 1;
      if (counter.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  while (Date.now() - started < MEASURE_MS) {
    // An empty spot near the top left corner, so the drag pans rather than moves a node.
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + 4 + box.width / 3, box.y + 4 + box.height / 4, { steps: 12 });
    await page.mouse.up();
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 100);
  }
  return page.evaluate(() => {
    const counter = (window as unknown as { frameCounter: { frames: number; started: number; running: boolean } }).frameCounter;
    counter.running = false;
    return counter.frames / ((performance.now() - counter.started) / 1000);
  });
}

async function main(): Promise<void> {
  buildClient();
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    for (const size of SIZES) {
      const graph = syntheticGraph(size);
      const server = await graphServer(graph);
      for (const renderer of (process.env.BENCH_RENDERERS ?? 'canvas,webgl').split(',')) {
        // A context of its own, empty at first: the second page of it finds the first one's stored layout.
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${server.url}?renderer=${renderer}`);
        await page.waitForFunction(() => window.whosaid?.state === 'ready' || window.whosaid?.state === 'error', null, { timeout: 600_000 });
        const firstDraw = await page.evaluate(() => window.whosaid.firstDrawMs ?? NaN);
        process.stderr.write(`${size} ${renderer}: ${JSON.stringify(await page.evaluate(() => window.whosaid.timings))}\n`);
        const fps = await framesPerSecond(page);
        // The same graph opened again in the same browser: the layout comes from its storage (canvas/layout-cache.ts).
        await page.close();
        const again = await context.newPage();
        await again.goto(`${server.url}?renderer=${renderer}`);
        await again.waitForFunction(() => window.whosaid?.state === 'ready' || window.whosaid?.state === 'error', null, { timeout: 600_000 });
        const secondDraw = await again.evaluate(() => window.whosaid.firstDrawMs ?? NaN);
        await again.close();
        rows.push(`| ${size.toLocaleString('en')} | ${graph.elements.edges.length.toLocaleString('en')} | ${renderer} | ${fps.toFixed(1)} | ${(firstDraw / 1000).toFixed(2)} s | ${(secondDraw / 1000).toFixed(2)} s |`);
        process.stderr.write(`${rows[rows.length - 1]}\n`);
        await context.close();
      }
      server.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`Headless Chromium (${CHROMIUM_PATH}), ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString().slice(0, 10)}\n`);
  process.stdout.write('| nodes | edges | renderer | fps panning and zooming | navigation to first drawn graph | opened again |\n|---|---|---|---|---|---|\n');
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench:view: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
