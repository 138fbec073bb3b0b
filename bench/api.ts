// Benchmark of the read API: 32 concurrent clients per route on a graph of ~1,200 corpus articles, next to the same
// Cypher through the bare driver in the same run, the two driven in alternating turns (so that load from elsewhere
// that comes and goes weighs on both alike); then the analytics on that graph. `--clients N` sets the clients. `--copies N` sets the graph size,
// `--analytics-only` skips the routes (for timing analytics on larger graphs). Routes whose answers the API keeps
// (ANSWER_CACHE) are driven twice: as clients ask (kept answers) and with `Cache-Control: no-cache` (every answer
// computed). `POST /api/cypher` is driven twice too: with the default bound on analysts' queries running at once, and
// on a second API process whose bound equals the clients, which shows the API's own cost apart from that queueing.
// `--only <text>` drives only the routes whose name holds the text. BENCH_PROFILE_DIR=<folder> writes the API
// process's CPU profile there.
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { startEmbeddedNeo4j } from '../server/embedded-neo4j/start';
import { scoreEntities } from '../server/graph/analytics/entity-scores';
import { readEntityGraph } from '../server/graph/analytics/read-entity-graph';
import { connectDatabase } from '../server/graph/database';
import { cypher } from '../server/graph/queries';
import { savedQuestions } from '../server/graph/saved-questions';
import { applySchema } from '../server/graph/schema';
import { toParams, toRow } from '../server/graph/values';
import { DEFAULT_ANALYST_LIMITS } from '../server/use-cases/analyst-limits';
import { luceneTerms } from '../server/use-cases/search';
import { loadCorpusGraph } from './api/corpus-graph';
import { driveAlternately, type Call, type LoadFigures } from './api/load';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { loadAverage } from './support/load-average';

const CONCURRENCY = Number(process.argv[process.argv.indexOf('--clients') + 1] || 32) || 32;
const RUN = { concurrency: CONCURRENCY, warmupMs: 3_000, durationMs: 10_000, slices: 5 };
const ANALYST_QUERY = 'MATCH (speaker:Person {key: $key})-[:SAID]->(statement:Statement)-[:REPORTED_IN]->(article:Article) '
  + 'RETURN statement.quote AS quote, article.outlet AS outlet, article.date AS date ORDER BY date DESC LIMIT 20';
const progress = (line: string) => process.stderr.write(`${line}\n`);
// This process runs under ts-node, whose source-map support makes the driver's stack trace for every result cost
// about 0.6 ms; the API's process runs bundled without it. The driver column pays what the API's driver pays.
delete (Error as { prepareStackTrace?: unknown }).prepareStackTrace;

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

/**
 * One request, compressed like a browser's; resolves with the body's size as sent. `fresh` asks the API to compute
 * the answer rather than give a kept one.
 */
function request(port: number, method: 'GET' | 'POST', path: string, body: unknown, fresh: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: { 'accept-encoding': 'gzip', ...(fresh ? { 'cache-control': 'no-cache' } : {}), ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
    }, (res) => {
      let size = 0;
      res.on('data', (chunk: Buffer) => { size += chunk.length; });
      res.on('end', () => (res.statusCode === 200 ? resolve(size) : reject(new Error(`${path}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** The same work through the bare driver: one read transaction running the queries, records to plain rows. */
function viaDriver(driver: Driver, queries: (index: number) => Array<{ text: string; params: Record<string, unknown> }>) {
  return async (_worker: number, iteration: number) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead(async (tx) => {
        for (const { text, params } of queries(iteration)) (await tx.run(text, toParams(params))).records.map(toRow);
      });
    } finally {
      await session.close();
    }
  };
}

const ms = (value: number) => value.toFixed(1).padStart(7);

function row(route: string, api: LoadFigures, driver: LoadFigures): string {
  return `${route.padEnd(44)} API ${ms(api.p50)} ${ms(api.p95)} ${ms(api.p99)} ${api.perSecond.toFixed(0).padStart(6)}/s`
    + ` ${String(Math.round(api.bytes ?? 0)).padStart(7)} B ${String(api.errors).padStart(4)} err | driver ${ms(driver.p50)} ${ms(driver.p95)}`
    + ` ${ms(driver.p99)} ${driver.perSecond.toFixed(0).padStart(6)}/s | p50 ratio ${(api.p50 / driver.p50).toFixed(2)}`;
}

async function main(): Promise<void> {
  const copies = Number(process.argv[process.argv.indexOf('--copies') + 1] || 4) || 4;
  const dataDir = await mkdtemp(join(tmpdir(), 'whosaid-bench-api-'));
  const embedded = await startEmbeddedNeo4j({ dataDir, heapMiB: 1024, pageCacheMiB: 512, log: progress });
  const db = connectDatabase({ uri: embedded.uri, user: embedded.user, password: embedded.password });
  const driver = neo4j.driver(embedded.uri, neo4j.auth.basic(embedded.user, embedded.password), { maxConnectionPoolSize: CONCURRENCY * 2 });
  let server: ApiProcess | undefined;
  let unbounded: ApiProcess | undefined;
  try {
    await applySchema(db);
    const loadStarted = performance.now();
    const articles = await loadCorpusGraph(db, copies, progress);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const counts = (await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes')).records[0].get('nodes').toNumber();
    const people = (await driver.executeQuery(
      'MATCH (p:Person)-[:SAID]->(s) WITH p, count(s) AS said ORDER BY said DESC LIMIT 50 RETURN p.key AS key, p.name AS name, said',
    )).records.map((record) => ({ key: record.get('key') as string, name: record.get('name') as string, said: record.get('said').toNumber() }));
    const places = (await driver.executeQuery(
      'MATCH (p:Place)<-[:ABOUT]-(s) WITH p, count(s) AS n ORDER BY n DESC LIMIT 20 RETURN p.name AS name',
    )).records.map((record) => record.get('name') as string);
    const neo4jLogin = { uri: embedded.uri, user: embedded.user, password: embedded.password, profileDir: process.env.BENCH_PROFILE_DIR };
    server = await startApiProcess(neo4jLogin);
    unbounded = await startApiProcess({ ...neo4jLogin, cypherSlots: CONCURRENCY });
    const port = server.port;
    const pick = <T>(list: T[], index: number) => list[index % list.length];
    const question = savedQuestions().get('speakers-about')!;

    process.stdout.write(`whosaid bench:api — ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model}, load average before `
      + `${loadAverage()}\n`);
    process.stdout.write(`graph: ${articles} articles (${copies} copies of the corpus, loaded in ${loadSeconds.toFixed(0)} s), ${counts} nodes; `
      + `${CONCURRENCY} concurrent clients, ${RUN.durationMs / 1000} s per side in ${RUN.slices} alternating turns after ${RUN.warmupMs / 1000} s of warm-up\n`);
    process.stdout.write(`${''.padEnd(44)}     p50 ms  p95 ms  p99 ms   req/s  answer    errors |        p50 ms  p95 ms  p99 ms   req/s\n`);

    // The last field says whether the API keeps the route's answers (the route is declared `cacheable`).
    /** An API call; `fresh` asks for an answer computed afresh. */
    type ApiCall = (worker: number, iteration: number, fresh: boolean) => Promise<number>;
    const routes: Array<[string, ApiCall, Call, boolean]> = [
      ['GET /api/search',
        (_w, i, fresh) => request(port, 'GET', `/api/search?q=${encodeURIComponent(pick(people, i).name)}&limit=20`, undefined, fresh),
        viaDriver(driver, (i) => [{ text: cypher('read/search').text, params: { terms: luceneTerms(pick(people, i).name), limit: 20 } }]), true],
      ['GET /api/nodes/:id (person)',
        (_w, i, fresh) => request(port, 'GET', `/api/nodes/${encodeURIComponent(pick(people, i).key)}`, undefined, fresh),
        // The reader's queries for an entity's first page; the bare path leaves out the one small read of the claimants
        // of the page's events, which needs their ids from the page.
        viaDriver(driver, (i) => [
          { text: cypher('read/node').text, params: { id: pick(people, i).key } },
          { text: cypher('read/entity-totals').text, params: { key: pick(people, i).key } },
          ...['read/entity-quotes', 'read/entity-about', 'read/entity-events']
            .map((name) => ({ text: cypher(name).text, params: { key: pick(people, i).key, skip: 0, limit: 20 } })),
        ]), true],
      ['POST /api/queries/speakers-about',
        (_w, i, fresh) => request(port, 'POST', '/api/queries/speakers-about', { params: { entity: pick(places, i) } }, fresh),
        viaDriver(driver, (i) => [{ text: question.query.text, params: { entity: pick(places, i) } }]), true],
      [`POST /api/cypher (${DEFAULT_ANALYST_LIMITS.concurrency} at once)`,
        (_w, i, fresh) => request(port, 'POST', '/api/cypher', { query: ANALYST_QUERY, params: { key: pick(people, i).key } }, fresh),
        viaDriver(driver, (i) => [{ text: ANALYST_QUERY, params: { key: pick(people, i).key } }]), false],
      [`POST /api/cypher (${CONCURRENCY} at once)`,
        (_w, i, fresh) => request(unbounded!.port, 'POST', '/api/cypher', { query: ANALYST_QUERY, params: { key: pick(people, i).key } }, fresh),
        viaDriver(driver, (i) => [{ text: ANALYST_QUERY, params: { key: pick(people, i).key } }]), false],
    ];
    const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
    const driven = process.argv.includes('--analytics-only') ? [] : routes.filter(([route]) => !only || route.includes(only));
    for (const [route, api, bare, kept] of driven) {
      // A few calls one at a time first: the server's first requests open its Bolt connections and compile its code.
      for (let iteration = 0; iteration < 20; iteration += 1) await api(0, iteration, true).catch(() => undefined);
      const figures = await driveAlternately({
        driver: bare,
        computed: (worker, iteration) => api(worker, iteration, true),
        ...(kept ? { kept: (worker: number, iteration: number) => api(worker, iteration, false) } : {}),
      }, RUN);
      for (const [label, side] of [['kept', figures.kept], ['no-cache', figures.computed]] as const) {
        if (side) process.stdout.write(`${row(`${route}${kept ? ` (${label})` : ''}`, side, figures.driver!)}\n`);
      }
    }

    const first = performance.now();
    await request(port, 'GET', '/api/analytics', undefined, false);
    const firstMs = performance.now() - first;
    const again = performance.now();
    await request(port, 'GET', '/api/analytics', undefined, false);
    process.stdout.write(`GET /api/analytics: ${firstMs.toFixed(0)} ms computed, ${(performance.now() - again).toFixed(0)} ms kept\n`);
    const graph = await readEntityGraph(db, {});
    for (const [label, options] of [['exact', { exactBetweennessUpTo: Infinity, betweennessSamples: 0 }], ['approximate (256 sources)', { exactBetweennessUpTo: 0, betweennessSamples: 256 }]] as const) {
      const started = performance.now();
      scoreEntities(graph, options);
      process.stdout.write(`scores on ${graph.order} entities, ${graph.size} links, betweenness ${label}: ${(performance.now() - started).toFixed(0)} ms\n`);
    }
    process.stdout.write(`load average after ${loadAverage()}\n`);
  } finally {
    server?.stop();
    unbounded?.stop();
    agent.destroy();
    await driver.close();
    await db.close();
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
