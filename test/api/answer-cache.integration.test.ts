// Read answers are kept until the graph changes: a repeated question is answered from memory, never a stale one.
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect } from 'chai';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { loadExtraction } from '../../server/load/load-article';
import { runLayoutJob } from '../../server/canvas-layout/layout-job';
import { openingLayouts } from '../../server/opening-canvas/opening-layout';
import { DEFAULT_ANSWER_CACHE } from '../../server/use-cases/answer-cache';
import { clearDatabase, testDriver, testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from '../load/fixtures/small-article';
import { PESKOV } from '../ingest/fixtures/texts';
import { startApiServer, type ApiServer } from './api-server';

const TOKEN = 'test-token-0123456789abcdef';

describe('Kept answers (ANSWER_CACHE)', () => {
  let db: Database;
  const servers: ApiServer[] = [];
  const start = async (...args: Parameters<typeof startApiServer>) => {
    const server = await startApiServer(...args);
    servers.push(server);
    return server;
  };

  before(async () => {
    db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    await applySchema(db);
  });
  beforeEach(async () => {
    await clearDatabase();
    await loadExtraction(db, { text: SMALL_ARTICLE_TEXT }, smallArticleExtraction());
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  });
  after(() => db.close());

  it('When the same question is asked twice, then the second answer comes from memory and is the same', async () => {
    const api = await start(db);
    const first = await api.get('/api/search?q=Peskov');
    const second = await api.get('/api/search?q=Peskov');
    expect(first.headers.get('x-whosaid-cache')).to.equal('miss');
    expect(second.headers.get('x-whosaid-cache')).to.equal('hit');
    expect(second.body).to.deep.equal(first.body);
    expect(second.headers.get('content-type')).to.match(/^application\/json/);
    expect(second.body.results.length).to.be.greaterThan(0);
  });

  it('When a kept answer of a kilobyte or more is asked for with gzip, then it is sent as kept, gzipped, and reads the same', async () => {
    const api = await start(db);
    /** A raw request, so the body arrives as sent (fetch would decompress it). */
    const raw = () => new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get(`${api.base}/api/graph`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    const computed = await raw();
    expect(computed.headers['x-whosaid-cache']).to.equal('miss');
    expect(computed.headers['content-encoding']).to.equal('gzip');
    const expected = JSON.parse(gunzipSync(computed.body).toString('utf8'));
    expect(expected.elements.nodes.length).to.be.greaterThan(3);
    // The kept answer is compressed off the event loop: the first hits may still go through the compression middleware,
    // which streams its output (no Content-Length); a body sent as kept has its length.
    let kept = await raw();
    for (let tries = 0; tries < 20 && kept.headers['content-length'] === undefined; tries += 1) kept = await raw();
    expect(kept.headers['x-whosaid-cache']).to.equal('hit');
    expect(Number(kept.headers['content-length'])).to.equal(kept.body.length);
    expect(kept.headers['content-encoding']).to.equal('gzip');
    expect(kept.headers['content-type']).to.equal('application/json; charset=utf-8');
    expect(JSON.parse(gunzipSync(kept.body).toString('utf8'))).to.deep.equal(expected);
    const plain = await api.get('/api/graph', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).to.equal(null);
    expect(plain.body).to.deep.equal(expected);
    // One ETag for the answer whichever encoding carries it, so a browser's revalidation gets its 304 either way.
    expect(kept.headers.etag).to.be.a('string');
    expect(plain.headers.get('etag')).to.equal(kept.headers.etag);
    expect(computed.headers.etag).to.equal(kept.headers.etag);
    // A raw request: fetch() adds Cache-Control: no-cache to a conditional request, which asks for a fresh answer.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http.get(`${api.base}/api/graph`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': String(kept.headers.etag) } }, (res) => {
        res.resume().on('end', () => resolve(res.statusCode));
      }).on('error', reject);
    });
    expect(status).to.equal(304);
  });

  it('When the request says Cache-Control: no-cache, then it is answered afresh', async () => {
    const api = await start(db);
    await api.get('/api/overview');
    const fresh = await api.get('/api/overview', { 'cache-control': 'no-cache' });
    expect(fresh.headers.get('x-whosaid-cache')).to.equal('bypass');
    expect(fresh.body.counts.articles).to.equal(1);
  });

  it('When an article is added through the API, then the next answer includes it at once', async () => {
    const api = await start(db, undefined, { writes: { token: TOKEN, bodyLimitBytes: 64 * 1024 }, answers: { ...DEFAULT_ANSWER_CACHE, recheckMs: 600_000 } });
    const before = await api.get('/api/overview');
    expect((await api.get('/api/overview')).headers.get('x-whosaid-cache')).to.equal('hit');
    const added = await fetch(`${api.base}/api/articles`, {
      method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ text: PESKOV }),
    });
    expect(added.status).to.be.oneOf([200, 201]);
    const after = await api.get('/api/overview');
    expect(after.headers.get('x-whosaid-cache')).to.equal('miss');
    expect(after.body.counts.articles).to.equal(before.body.counts.articles + 1);
  });

  it('When the graph is changed elsewhere (Bolt, the ingest CLI), then answers follow once the version is read again', async () => {
    const api = await start(db, undefined, { answers: { ...DEFAULT_ANSWER_CACHE, recheckMs: 300 } });
    const before = await api.get('/api/articles');
    const driver = testDriver();
    await driver.executeQuery("CREATE (:Article {id: 'elsewhere', title: 'Written over Bolt', ingestedAt: datetime()})");
    // Within the recheck time the kept answer may still be given; after it, never.
    await new Promise((resolve) => setTimeout(resolve, 350));
    const after = await api.get('/api/articles');
    expect(after.headers.get('x-whosaid-cache')).to.equal('miss');
    expect(JSON.stringify(after.body)).to.include('Written over Bolt');
    expect(JSON.stringify(before.body)).not.to.include('Written over Bolt');
  });

  it('When a property is edited in place over Bolt (the version cannot see it), then answers follow once they reach their age limit', async () => {
    const api = await start(db, undefined, { answers: { ...DEFAULT_ANSWER_CACHE, recheckMs: 600_000, maxAgeMs: 1_000 } });
    const before = await api.get('/api/nodes/person%3Admitry%20peskov');
    expect(before.body.node.label ?? before.body.node.name).to.equal('Dmitry Peskov');
    await testDriver().executeQuery("MATCH (p:Person {key: 'person:dmitry peskov'}) SET p.name = 'Dmitri Peskov'");
    expect((await api.get('/api/nodes/person%3Admitry%20peskov')).headers.get('x-whosaid-cache')).to.equal('hit');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const after = await api.get('/api/nodes/person%3Admitry%20peskov');
    expect(after.headers.get('x-whosaid-cache')).to.equal('miss');
    expect(after.body.node.label ?? after.body.node.name).to.equal('Dmitri Peskov');
  });

  it('When the whole graph went out before its layout was ready, then that answer is not kept and the next one is laid out', async () => {
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const layouts = openingLayouts(async (job) => {
      await finished;
      return runLayoutJob(job);
    }, { timeoutMs: 20 });
    const api = await start(db, undefined, { layouts });
    const first = await api.get('/api/graph');
    expect(first.headers.get('x-whosaid-cache')).to.equal('miss');
    expect(first.body.elements.nodes.every((node: { position?: unknown }) => node.position === undefined)).to.equal(true);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await api.get('/api/graph');
    expect(second.headers.get('x-whosaid-cache')).to.equal('miss');
    expect(second.body.elements.nodes.every((node: { position?: unknown }) => node.position !== undefined)).to.equal(true);
    expect((await api.get('/api/graph')).headers.get('x-whosaid-cache')).to.equal('hit');
  });

  it('When a question fails (no such node), then the failure is not kept', async () => {
    // The version is not read again, so only a failure that was never kept lets the node be found.
    const api = await start(db, undefined, { answers: { ...DEFAULT_ANSWER_CACHE, recheckMs: 600_000 } });
    expect((await api.get('/api/nodes/person%3Anobody%20yet')).status).to.equal(404);
    await testDriver().executeQuery("CREATE (:Entity:Person {key: 'person:nobody yet', name: 'Nobody Yet', type: 'person'})");
    const found = await api.get('/api/nodes/person%3Anobody%20yet');
    expect(found.status).to.equal(200);
    expect(found.body.node.label ?? found.body.node.name).to.equal('Nobody Yet');
  });

  it('When ANSWER_CACHE is 0, then nothing is kept', async () => {
    const api = await start(db, undefined, { answers: { ...DEFAULT_ANSWER_CACHE, maxBytes: 0 } });
    await api.get('/api/timeline');
    expect((await api.get('/api/timeline')).headers.get('x-whosaid-cache')).to.equal('off');
  });
});
