// GET /api/health, and how the API behaves while Neo4j is down and after it comes back.
import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/embedded-neo4j/start';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { loadExtraction } from '../../server/load/load-article';
import { testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from '../load/fixtures/small-article';
import { startApiServer, type ApiServer } from './api-server';

/** Asks again while the answer is 503, up to `timeoutMs`; the last answer. */
async function untilAnswered<T extends { status: number }>(ask: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ask();
    if (answer.status !== 503 || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('GET /api/health', () => {
  it('When Neo4j answers, then it answers 200 with neo4j up', async () => {
    const db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    const api = await startApiServer(db);
    try {
      const { status, body } = await api.get('/api/health');
      expect(status).to.equal(200);
      expect(body).to.deep.equal({ status: 'ok', neo4j: 'up' });
    } finally {
      await api.stop();
      await db.close();
    }
  });

  it('When nothing listens at the Neo4j address, then it answers 503 with neo4j down', async () => {
    const db = connectDatabase({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'none' }, { maxRetryTimeMs: 0 });
    const api = await startApiServer(db);
    try {
      const { status, body } = await api.get('/api/health');
      expect(status).to.equal(503);
      expect(body).to.deep.equal({ status: 'unavailable', neo4j: 'down' });
      const graph = await api.get('/api/graph');
      expect(graph.status).to.equal(503);
      expect(graph.body.error.name).to.equal('DatabaseUnavailableError');
    } finally {
      await api.stop();
      await db.close();
    }
  });
});

describe('When Neo4j stops and starts again', function () {
  // Starting a second Neo4j twice on a busy two-core machine takes minutes, not seconds.
  this.timeout(600_000);
  let dataDir: string;
  let neo4j: EmbeddedNeo4j;
  let db: Database;
  let api: ApiServer;
  let port: number;

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'whosaid-outage-'));
    neo4j = await startEmbeddedNeo4j({ dataDir, heapMiB: 384, pageCacheMiB: 32 });
    port = Number(new URL(neo4j.uri.replace(/^bolt/, 'http')).port);
    db = connectDatabase({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password }, { ...RELAXED_CONNECT, maxRetryTimeMs: 1_000 });
    await applySchema(db);
    await loadExtraction(db, { text: SMALL_ARTICLE_TEXT }, smallArticleExtraction());
    api = await startApiServer(db);
  });
  after(async () => {
    await api?.stop();
    await db?.close();
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('then the API answers 503 while it is down and 200 with the same data once it is back', async () => {
    expect((await api.get('/api/health')).status).to.equal(200);
    const before = (await api.get('/api/graph')).body;

    await neo4j.stop();
    const down = await api.get('/api/health');
    expect(down.status).to.equal(503);
    expect(down.body).to.deep.equal({ status: 'unavailable', neo4j: 'down' });
    const graphWhileDown = await api.get('/api/graph');
    expect(graphWhileDown.status).to.equal(503);
    expect(graphWhileDown.body.error.name).to.equal('DatabaseUnavailableError');
    expect(api.errors.some((entry) => entry.status === 503)).to.equal(true);

    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port, heapMiB: 384, pageCacheMiB: 32 });
    expect((await api.get('/api/health')).status).to.equal(200);
    // A fresh JVM plans its first queries slowly; on a busy machine the first read may pass its deadline (a 503).
    const after = await untilAnswered(() => api.get('/api/graph'), 60_000);
    expect(after.status, JSON.stringify(api.errors.slice(-3))).to.equal(200);
    expect(after.body).to.deep.equal(before);
  });
});
