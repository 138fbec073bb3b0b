// Benchmark: GET /api/analytics's work on the seed graph, computed once and then kept, in a throw-away Neo4j.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../server/embedded-neo4j/start';
import { connectDatabase } from '../server/graph/database';
import { applySchema } from '../server/graph/schema';
import { loadSeedCorpus } from '../server/load/seed';
import { entityAnalytics } from '../server/use-cases/entity-analytics';

(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'whosaid-bench-analytics-'));
  const neo = await startEmbeddedNeo4j({ dataDir, heapMiB: 512, pageCacheMiB: 128 });
  const db = connectDatabase({ uri: neo.uri, user: neo.user, password: neo.password });
  await applySchema(db);
  await loadSeedCorpus(db, { onProgress: () => undefined });
  const run = entityAnalytics(db);
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    const answer = await run({});
    const { nodes, edges, communities, ms, cached } = answer.summary;
    process.stdout.write(`seed analytics: ${nodes} entities, ${edges} links, ${communities} communities; computed in ${ms} ms; `
      + `this request ${(performance.now() - started).toFixed(0)} ms (${cached ? 'kept' : 'computed'})\n`);
  }
  await db.close();
  await neo.stop();
  rmSync(dataDir, { recursive: true, force: true });
})();
