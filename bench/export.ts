// Benchmark: exporting the whole graph of a 10,000-article database, streamed over HTTP; prints time, size and peak memory.
//
// The database is a throw-away embedded Neo4j in the system's temporary folder, kept between runs (loading takes a
// long while): the 297 corpus articles of ../shared/corpus are each extracted once, then loaded as varied copies
// (their own title and a closing line, so each is a different article with its own statements and events, sharing
// entities). BENCH_ARTICLES, BENCH_FORMATS and BENCH_DATA_DIR change how many articles, which formats, and where.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../server/api/app';
import { defaultLimits } from '../server/config';
import { startEmbeddedNeo4j } from '../server/embedded-neo4j/start';
import { extract } from '../server/extract/pipeline';
import type { Extraction } from '../server/extract/types';
import { connectDatabase, type Database } from '../server/graph/database';
import { cypher } from '../server/graph/queries';
import { readExportGraph } from '../server/graph/read-export-graph';
import { applySchema } from '../server/graph/schema';
import { loadExtraction } from '../server/load/load-article';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const FORMATS = (process.env.BENCH_FORMATS ?? 'graphml,gexf,cytoscape,graphology,neo4j-csv,citations,cypher,report,bundle').split(',');
const CORPUS = path.join(__dirname, '..', '..', 'shared', 'corpus', 'articles.jsonl');
const DATA_DIR = process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), `whosaid-bench-export-${ARTICLES}`);
const MIB = 1024 * 1024;

interface CorpusArticle { text: string; title: string | null; date: string | null }

async function articleCount(db: Database): Promise<number> {
  const [row] = await db.read((tx) => tx.run(cypher('read/counts')));
  return Number(row.articles);
}

async function load(db: Database): Promise<void> {
  const corpus = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CorpusArticle);
  const extractions: Extraction[] = corpus.map((article) => extract(article.text, { date: article.date?.slice(0, 10) }));
  const started = Date.now();
  let next = await articleCount(db);
  const worker = async () => {
    while (next < ARTICLES) {
      const index = next++;
      const original = index % corpus.length;
      const text = `${corpus[original].text}\n\nCopy ${index} of the benchmark corpus.`;
      const extraction = extractions[original];
      const meta = { ...extraction.meta, title: `${extraction.meta.title ?? 'Article'} (${index})` };
      await loadExtraction(db, { text, file: `bench-${index}.txt` }, { ...extraction, meta, length: text.length });
      if (index % 500 === 0) process.stderr.write(`loaded ${index}/${ARTICLES} articles (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  process.stderr.write(`loaded ${ARTICLES} articles in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

/** Samples this process's resident memory until stopped; returns the peak. */
function sampleMemory(): () => number {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 25);
  return () => {
    clearInterval(sampler);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

const mib = (bytes: number) => `${(bytes / MIB).toFixed(0).padStart(5)} MiB`;

/** Downloads one export over HTTP, reading the stream as it comes and keeping none of it. */
async function measureFormat(db: Database, format: string): Promise<string> {
  // A whole-graph export of this size takes minutes on a busy machine: the long deadline is raised, as a deployment
  // that exports large graphs sets LONG_REQUEST_TIMEOUT_MS.
  const limits = { ...defaultLimits(), longRequestTimeoutMs: 1_800_000 };
  const server = createApp({ db, limits, logger: { info: () => undefined, error: (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`) } }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const before = process.memoryUsage().rss;
  const stop = sampleMemory();
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/export?format=${format}`);
  let firstByte = 0;
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (bytes === 0) firstByte = performance.now() - started;
    bytes += chunk.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const peak = stop();
  server.closeAllConnections();
  server.close();
  return `${format.padEnd(10)} ${String(response.status).padEnd(4)} ${seconds.toFixed(1).padStart(6)} s  first byte ${(firstByte / 1000).toFixed(1).padStart(5)} s  `
    + `${mib(bytes)}  peak RSS ${mib(peak)} (${mib(peak - before)} above the start)`;
}

/** Reads the whole graph into graphology and writes nothing: the share of the peak that the graph itself takes. */
async function measureGraphAlone(db: Database): Promise<string> {
  const before = process.memoryUsage().rss;
  const stop = sampleMemory();
  const started = performance.now();
  const graph = await readExportGraph(db, { kind: 'all' });
  const seconds = (performance.now() - started) / 1000;
  const peak = stop();
  return `${'(graph)'.padEnd(10)} ${graph.order} nodes, ${graph.size} edges read in ${seconds.toFixed(1)} s  peak RSS ${mib(peak)} (${mib(peak - before)} above the start)`;
}

/**
 * Each measure runs in a process of its own: a process keeps the memory it once used, so measures run one after
 * another in one process would each start from the last one's peak.
 */
function runChild(measure: string, neo4j: { uri: string; user: string; password: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register', __filename], {
      env: { ...process.env, BENCH_MEASURE: measure, BENCH_NEO4J: JSON.stringify(neo4j) }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('close', (code) => (code === 0 ? resolve(output.trim()) : reject(new Error(`bench/export: measuring ${measure} failed (exit ${code})`))));
  });
}

async function child(measure: string): Promise<void> {
  const db = connectDatabase(JSON.parse(process.env.BENCH_NEO4J as string));
  try {
    process.stdout.write(`${measure === 'graph' ? await measureGraphAlone(db) : await measureFormat(db, measure)}\n`);
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) throw new Error(`bench/export: the corpus ${CORPUS} is missing`);
  const neo4j = await startEmbeddedNeo4j({ dataDir: DATA_DIR, heapMiB: 2048, pageCacheMiB: 1024 });
  const db = connectDatabase(neo4j, { maxRetryTimeMs: 60_000 });
  try {
    await applySchema(db);
    if ((await articleCount(db)) < ARTICLES) await load(db);
    const [counts] = await db.read((tx) => tx.run(cypher('read/counts')));
    process.stdout.write(`whole graph: ${counts.articles} articles, ${counts.entities} entities, ${counts.statements} statements, ${counts.events} events\n`);
    process.stdout.write(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}\n`);
    for (const measure of ['graph', ...FORMATS]) process.stdout.write(`${await runChild(measure, neo4j)}\n`);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

(process.env.BENCH_MEASURE ? child(process.env.BENCH_MEASURE) : main()).catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
