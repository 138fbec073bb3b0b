// Benchmark: frames per second while panning and zooming 1,000 / 5,000 / 10,000 nodes in headless Chromium (canvas and
// WebGL renderers), and the time from navigation to the first drawn graph, for synthetic graphs (the seed view: seed-view.ts).
//
// BENCH_SIZES, BENCH_RENDERERS and BENCH_RUNS choose what is measured; BENCH_COMPARE=<a built client/dist folder> measures
// that build too, alternating with this one in the same run (the machine's load moves every figure).
import { cpus } from 'node:os';
import { buildClient, CHROMIUM_PATH, launchBrowser, VIEWPORT } from '../test/client/support/browser';
import { syntheticGraph } from './support/synthetic-graph';
import { loadAverage } from './support/load-average';
import { BUILDS, countFrames, fittedCanvas, frameFigures, graphServer, openGraph, panAndZoom } from './support/view-page';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const RENDERERS = (process.env.BENCH_RENDERERS ?? 'canvas,webgl').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 1);


async function main(): Promise<void> {
  buildClient();
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    for (const size of SIZES) {
      const graph = syntheticGraph(size);
      const servers = await Promise.all(BUILDS.map((build) => graphServer(graph, build.dir)));
      for (const renderer of RENDERERS) {
        for (let run = 0; run < RUNS; run += 1) {
          // Each build first in turn: a page opened right after another finds the machine in a different state.
          const order = run % 2 === 0 ? BUILDS.map((_, i) => i) : BUILDS.map((_, i) => i).reverse();
          for (const index of order) {
            // A context of its own, empty at first: the second page of it finds the first one's stored layout.
            const context = await browser.newContext({ viewport: VIEWPORT });
            const page = await openGraph(context, servers[index].url, renderer);
            const firstDraw = await page.evaluate(() => window.whosaid.firstDrawMs ?? NaN);
            process.stderr.write(`${size} ${renderer} ${BUILDS[index].name}: ${JSON.stringify(await page.evaluate(() => window.whosaid.timings))}\n`);
            const box = await fittedCanvas(page);
            await countFrames(page);
            await panAndZoom(page, box);
            const frames = await frameFigures(page);
            // The same graph opened again in the same browser: the layout comes from its storage (canvas/layout-cache.ts).
            await page.close();
            const again = await openGraph(context, servers[index].url, renderer);
            const secondDraw = await again.evaluate(() => window.whosaid.firstDrawMs ?? NaN);
            await again.close();
            const build = BUILDS.length > 1 ? ` ${BUILDS[index].name} |` : '';
            rows.push(`| ${size.toLocaleString('en')} | ${graph.elements.edges.length.toLocaleString('en')} | ${renderer} |${build} ${frames.fps.toFixed(1)} `
              + `| ${frames.p50.toFixed(0)} / ${frames.p95.toFixed(0)} / ${frames.longest.toFixed(0)} ms | ${(firstDraw / 1000).toFixed(2)} s | ${(secondDraw / 1000).toFixed(2)} s | ${loadAverage()} |`);
            process.stderr.write(`${rows[rows.length - 1]}\n`);
            await context.close();
          }
        }
      }
      for (const server of servers) server.close();
    }
  } finally {
    await browser.close();
  }
  const build = BUILDS.length > 1 ? ' build |' : '';
  process.stdout.write(`Headless Chromium (${CHROMIUM_PATH}), ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString()}`
    + `${BUILDS.length > 1 ? `; "compared" is ${process.env.BENCH_COMPARE}` : ''}\n`);
  process.stdout.write(`| nodes | edges | renderer |${build} fps panning and zooming | frame time median / 95th pct / longest | navigation to first drawn graph | opened again | load average |\n`);
  process.stdout.write(`|---|---|---|${BUILDS.length > 1 ? '---|' : ''}---|---|---|---|---|\n`);
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench:view: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
