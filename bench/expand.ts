// Benchmark: the workspace's reads on a graph of thousands of articles: the overview, an expand round trip on the
// biggest hubs, and the seed view drawn in headless Chromium. The shared corpus (../shared/corpus/articles.jsonl) is
// loaded COPIES times into a throw-away Neo4j, each copy with a marker line so it is another article; nothing is kept.
// The API runs in a process of its own, bundled as `npm start` runs it.
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../server/embedded-neo4j/start';
import { extract } from '../server/extract/pipeline';
import { countGraph } from '../server/graph/counts';
import { connectDatabase } from '../server/graph/database';
import { applySchema } from '../server/graph/schema';
import { loadExtraction } from '../server/load/load-article';
import { launchBrowser, VIEWPORT } from '../test/client/support/browser';
import { startApiProcess } from './support/api-process';

const CORPUS = path.join(__dirname, '..', '..', 'shared', 'corpus', 'articles.jsonl');
const COPIES = Number(process.env.BENCH_COPIES ?? 10);
const RUNS = 15;

interface CorpusArticle { id: string; title: string | null; date: string | null; text: string }

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

/** `fresh`: with Cache-Control: no-cache, so the API computes the answer rather than give the one it kept. */
async function timed(url: string, fresh = false): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip', ...(fresh ? { 'cache-control': 'no-cache' } : {}) } });
  await response.json();
  if (!response.ok) throw new Error(`bench:expand: ${url} answered ${response.status}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const articles = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CorpusArticle);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'whosaid-bench-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, heapMiB: 2048, pageCacheMiB: 1024, log: () => undefined });
  const db = connectDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  try {
    await applySchema(db);
    const extractions = articles.map((a) => ({ text: a.text, extraction: extract(a.text, { date: a.date?.slice(0, 10), title: a.title ?? undefined }) }));
    const loadStarted = performance.now();
    for (let copy = 0; copy < COPIES; copy++) {
      for (const [i, { text, extraction }] of extractions.entries()) {
        // The marker goes after the text, so every offset the extraction holds stays true.
        await loadExtraction(db, { text: `${text}\n\n[bench copy ${copy}]`, file: `bench-${copy}-${i}.txt` }, extraction);
      }
      process.stderr.write(`bench:expand: loaded ${(copy + 1) * extractions.length} articles\r`);
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const counts = await countGraph(db);
    const server = await startApiProcess({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
    const { base } = server;
    const overviewMs: number[] = [];
    for (let i = 0; i < 5; i++) overviewMs.push(await timed(`${base}/api/overview`, true));
    const overview = await (await fetch(`${base}/api/overview`)).json();
    const hubs: { id: string; label: string }[] = [...overview.mostQuoted.slice(0, 3), ...overview.placesWithMostEvents.slice(0, 2)].map((r: { node: { id: string; label: string } }) => r.node);
    const lines: string[] = [];
    for (const hub of hubs) {
      const url = `${base}/api/nodes/${encodeURIComponent(hub.id)}/neighbours?limit=50`;
      const { total } = await (await fetch(url)).json();
      // Computed afresh each time (as a first expand is), then as the API gives it once kept (ANSWER_CACHE).
      for (const fresh of [true, false]) {
        const runs: number[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await timed(url, fresh));
        lines.push(`| expand ${hub.label} (${total.toLocaleString('en')} neighbours), 50 of them, ${fresh ? 'computed' : 'kept'} | ${quantile(runs, 0.5).toFixed(0)} ms | ${quantile(runs, 0.95).toFixed(0)} ms |`);
      }
    }
    const browser = await launchBrowser();
    const draws: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(`${base}/`);
      await page.waitForFunction(() => window.whosaid?.state === 'ready', null, { timeout: 120_000 });
      draws.push(await page.evaluate(() => window.whosaid.firstDrawMs ?? NaN));
      await page.close();
    }
    await browser.close();
    server.stop();
    process.stdout.write(`${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}; `
      + `${counts.articles.toLocaleString('en')} articles (${COPIES} copies of the corpus), ${(counts.articles + counts.entities + counts.statements + counts.events).toLocaleString('en')} nodes, loaded in ${loadSeconds.toFixed(0)} s\n`);
    process.stdout.write('| what | median | 95th percentile |\n|---|---|---|\n');
    process.stdout.write(`| GET /api/overview, computed | ${quantile(overviewMs, 0.5).toFixed(0)} ms | ${quantile(overviewMs, 0.95).toFixed(0)} ms |\n`);
    process.stdout.write(`${lines.join('\n')}\n`);
    process.stdout.write(`| opening view: navigation to first drawn graph (headless Chromium) | ${quantile(draws, 0.5).toFixed(0)} ms | ${Math.max(...draws).toFixed(0)} ms |\n`);
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench:expand: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
