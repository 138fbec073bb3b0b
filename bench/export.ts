// Benchmark: exporting the whole graph of a 10,000-article database, streamed over HTTP; prints time, size and peak memory.
//
// The database is a throw-away embedded Neo4j in the system's temporary folder, kept between runs (loading takes
// minutes; BENCH_ARTICLES, BENCH_FORMATS and BENCH_DATA_DIR change what it does): the 297 corpus articles of ../shared/corpus are each extracted once, then loaded as varied copies (their
// own title and a closing line, so each is a different article with its own statements and events, sharing entities).
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../server/api/app';
import { startEmbeddedNeo4j } from '../server/embedded-neo4j/start';
import { extract } from '../server/extract/pipeline';
import type { Extraction } from '../server/extract/types';
import { connectDatabase, type Database } from '../server/graph/database';
import { cypher } from '../server/graph/queries';
import { applySchema } from '../server/graph/schema';
import { loadExtraction } from '../server/load/load-article';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const FORMATS = (process.env.BENCH_FORMATS ?? 'graphml,gexf,cytoscape,neo4j-csv,citations,cypher,report').split(',');
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

/** Downloads one export, reading the stream as it comes and keeping none of it; samples this process's memory meanwhile. */
async function measure(base: string, format: string): Promise<string> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 25);
  const started = performance.now();
  const response = await fetch(`${base}/api/export?format=${format}`);
  let firstByte = 0;
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (bytes === 0) firstByte = performance.now() - started;
    bytes += chunk.length;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return `${format.padEnd(10)} ${String(response.status).padEnd(4)} ${seconds.toFixed(1).padStart(6)} s  first byte ${(firstByte / 1000).toFixed(1).padStart(5)} s  `
    + `${(bytes / MIB).toFixed(0).padStart(5)} MiB  peak RSS ${(peak / MIB).toFixed(0).padStart(5)} MiB (${((peak - before) / MIB).toFixed(0)} MiB above the ${(before / MIB).toFixed(0)} MiB before)`;
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) throw new Error(`bench/export: the corpus ${CORPUS} is missing`);
  const neo4j = await startEmbeddedNeo4j({ dataDir: DATA_DIR, heapMiB: 2048, pageCacheMiB: 1024 });
  const db = connectDatabase(neo4j, { maxRetryTimeMs: 60_000 });
  try {
    await applySchema(db);
    if ((await articleCount(db)) < ARTICLES) await load(db);
    const [counts] = await db.read((tx) => tx.run(cypher('read/counts')));
    const server = createApp({ db, logger: { info: () => undefined, error: (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`) } }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.stdout.write(`whole graph: ${counts.articles} articles, ${counts.entities} entities, ${counts.statements} statements, ${counts.events} events\n`);
    process.stdout.write(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}\n`);
    for (const format of FORMATS) process.stdout.write(`${await measure(base, format)}\n`);
    server.closeAllConnections();
    server.close();
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
