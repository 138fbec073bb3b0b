// Benchmark: 10,000 real-sized articles through the whole ingest (workers, batched writes) into a throw-away Neo4j,
// then the same 300 articles loaded naively (a query per node and relationship) and batched, and the ratio.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../server/embedded-neo4j/start';
import { connectDatabase, type Database } from '../server/graph/database';
import { countGraph } from '../server/graph/counts';
import { cypher } from '../server/graph/queries';
import { applySchema } from '../server/graph/schema';
import { ingest } from '../server/ingest/ingest';
import { prepareArticle, type PreparedArticle } from '../server/ingest/prepare-article';
import { poolPreparer } from '../server/ingest/preparers';
import { inputsFrom } from '../server/ingest/sources/inputs';
import { writeArticles } from '../server/load/write-articles';
import { readCorpus, variedText, writeVariedCorpus } from './ingest/corpus';
import { loadNaively } from './ingest/naive-loader';
import { loadAverage } from './support/load-average';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SLICE = 1_000;
const COMPARED = 300;
const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'whosaid-bench-ingest-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir: path.join(folder, 'neo4j'), log: () => undefined });
  const db = connectDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password }, { maxRetryTimeMs: 120_000 });
  try {
    await applySchema(db);
    print(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; `
      + `load average at start ${loadAverage()}`);
    // The comparison runs on an empty graph first, so emptying it between the two loaders stays small.
    await compareLoaders(db);
    await emptyGraph(db);
    await ingestAtScale(db, path.join(folder, 'corpus.jsonl'));
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

async function ingestAtScale(db: Database, corpusFile: string): Promise<void> {
  await writeVariedCorpus(corpusFile, ARTICLES);
  const jobs = os.availableParallelism();
  const preparer = await poolPreparer({ jobs, maxChars: 1_000_000 });
  const inputs = await inputsFrom([corpusFile]);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const slices: number[] = [];
  let done = 0;
  let words = 0;
  let failed = 0;
  const started = performance.now();
  let sliceStarted = started;
  try {
    await ingest(inputs.items, {
      preparer, db, inFlight: jobs * 4,
      onResult: (result) => {
        done++;
        words += result.words ?? 0;
        if (result.status === 'failed') failed++;
        if (done % SLICE === 0) {
          const now = performance.now();
          slices.push((now - sliceStarted) / 1000);
          sliceStarted = now;
          process.stderr.write(`bench: ${done}/${ARTICLES}\r`);
        }
      },
    });
  } finally {
    clearInterval(sampler);
    await preparer.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const counts = await countGraph(db);
  print(`ingest of ${done} articles (${words} words, ${failed} failed) with ${jobs} workers:`);
  print(`  total        ${seconds.toFixed(1)} s`);
  print(`  articles/s   ${(done / seconds).toFixed(1)}`);
  print(`  words/s      ${Math.round(words / seconds)}`);
  print(`  peak RSS     ${Math.round(peakRss / 2 ** 20)} MiB (the Node process, workers included)`);
  print(`  per ${SLICE}     ${slices.map((slice) => slice.toFixed(1)).join(' ')} s`);
  print(`  graph        ${counts.articles} articles, ${counts.entities} entities, ${counts.statements} statements, ${counts.events} events`);
}

/** The same articles, prepared once, written by the naive loader and then (into an emptied graph) in batches, after a warm-up. */
async function compareLoaders(db: Database): Promise<void> {
  const prepared = readCorpus().slice(0, COMPARED).map((article, index) => prepareArticle({
    kind: 'article', origin: `corpus ${index}`, format: 'text', body: variedText(article.text, -index - 1),
    meta: { title: article.title ?? undefined, date: article.date ?? undefined }, messages: [],
  })).filter((article): article is PreparedArticle => article.kind === 'prepared');
  const rows = prepared.map((article) => article.rows);
  const writeBatched = async () => {
    for (let from = 0; from < rows.length; from += 250) await writeArticles(db, rows.slice(from, from + 250));
  };

  // Once unmeasured, so that neither loader pays for Neo4j compiling its code paths and planning its queries.
  await writeBatched();
  await emptyGraph(db);
  let started = performance.now();
  const queries = await loadNaively(db, rows);
  const naive = (performance.now() - started) / 1000;

  await emptyGraph(db);
  started = performance.now();
  await writeBatched();
  const batched = (performance.now() - started) / 1000;
  print(`the same ${rows.length} articles, extraction excluded:`);
  print(`  naive        ${naive.toFixed(2)} s (${queries} queries, one transaction each)`);
  print(`  batched      ${batched.toFixed(2)} s (${Math.ceil(rows.length / 250)} transactions)`);
  print(`  ratio        ${(naive / batched).toFixed(1)}×`);
}

async function emptyGraph(db: Database): Promise<void> {
  for (;;) {
    // Small transactions: deleting an entity deletes all its relationships in the same transaction.
    const [{ deleted }] = await db.write((tx) => tx.run(cypher('bench/delete-some'), { limit: 1_000 }));
    if (deleted === 0) return;
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
