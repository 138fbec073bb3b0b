// Benchmark: the seed view from navigation to its first drawn graph in headless Chromium, as the server lays it out
// (the opening canvas comes with positions) and as the page lays it out itself (`?layout=page`), alternating in one run.
// The seed corpus is loaded into a throw-away Neo4j and served by the API in a process of its own, bundled as `npm start`
// runs it; each page opens in a browser context of its own (no stored layout).
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../server/embedded-neo4j/start';
import { connectDatabase } from '../server/graph/database';
import { applySchema } from '../server/graph/schema';
import { loadSeedCorpus } from '../server/load/seed';
import { warmUp } from '../server/warm-up';
import { buildClient, CHROMIUM_PATH, launchBrowser, VIEWPORT } from '../test/client/support/browser';
import { loadAverage } from './support/load-average';
import { startApiProcess } from './support/api-process';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const progress = (line: string) => process.stderr.write(`${line}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  buildClient();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'whosaid-bench-seed-view-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, log: progress });
  const db = connectDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  try {
    await applySchema(db);
    await loadSeedCorpus(db, { onProgress: progress });
    const server = await startApiProcess({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
    const { base } = server;
    progress(`bench:seed-view: ${await warmUp(base)}`);
    const browser = await launchBrowser();
    const figures = { server: [] as number[], page: [] as number[], layout: { server: [] as number[], page: [] as number[] } };
    try {
      for (let run = 0; run < RUNS; run += 1) {
        // Each first in turn: a page opened right after another finds the machine in a different state.
        for (const where of run % 2 === 0 ? ['server', 'page'] as const : ['page', 'server'] as const) {
          const context = await browser.newContext({ viewport: VIEWPORT });
          const page = await context.newPage();
          await page.goto(where === 'server' ? `${base}/` : `${base}/?layout=page`);
          await page.waitForFunction(() => window.whosaid?.state === 'ready', null, { timeout: 120_000 });
          const { drawn, timings, ranOn } = await page.evaluate(() => ({
            drawn: window.whosaid.firstDrawMs ?? NaN, timings: window.whosaid.timings, ranOn: window.whosaid.layoutThread?.() ?? null,
          }));
          // A "server" run whose page laid the graph out itself would measure the other thing.
          if (where === 'server' && ranOn !== null) throw new Error(`the server's layout was not used (the page laid out on the ${ranOn})`);
          figures[where].push(drawn);
          figures.layout[where].push(timings.laidOut - timings.added);
          progress(`${where}: ${JSON.stringify(timings)}`);
          await context.close();
        }
      }
    } finally {
      await browser.close();
      server.stop();
    }
    process.stdout.write(`whosaid bench:seed-view — ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, `
      + `load average ${loadAverage()}; headless Chromium (${CHROMIUM_PATH}), ${RUNS} runs each, alternating\n`);
    process.stdout.write('| seed view laid out | navigation to first drawn graph, median | slowest | from elements added to laid out, median |\n|---|---|---|---|\n');
    for (const where of ['server', 'page'] as const) {
      process.stdout.write(`| ${where === 'server' ? 'by the server (default)' : 'on the page (`?layout=page`)'} | ${median(figures[where]).toFixed(0)} ms `
        + `| ${Math.max(...figures[where]).toFixed(0)} ms | ${median(figures.layout[where]).toFixed(0)} ms |\n`);
    }
    process.stdout.write(`server ÷ page, medians: ${(median(figures.server) / median(figures.page)).toFixed(2)}\n`);
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench:seed-view: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
