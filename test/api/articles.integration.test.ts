// Adding, listing and removing articles over HTTP: the token rules, JSON, text and multipart bodies, the size limit.
import { expect } from 'chai';
import { countGraph } from '../../server/graph/counts';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { clearDatabase, testDriver, testNeo4jSettings } from '../support/database';
import { NEWS_PAGE } from '../ingest/fixtures/pages';
import { PESKOV, ZELENSKY } from '../ingest/fixtures/texts';
import { startApiServer, type ApiServer } from './api-server';

const TOKEN = 'test-token-0123456789abcdef';

describe('API /api/articles', () => {
  let db: Database;
  let api: ApiServer;
  let writesOff: ApiServer;

  const send = (server: ApiServer, path: string, init: Omit<RequestInit, 'headers'> & { token?: string | null; headers?: Record<string, string> } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    return fetch(`${server.base}${path}`, { ...init, headers }).then(async (response) => ({ status: response.status, headers: response.headers, body: await response.json() }));
  };
  const postJson = (value: unknown, token: string | null = TOKEN, server = api) =>
    send(server, '/api/articles', { method: 'POST', token, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

  before(async () => {
    db = connectDatabase(testNeo4jSettings());
    await applySchema(db);
    api = await startApiServer(db, undefined, { writes: { token: TOKEN, bodyLimitBytes: 64 * 1024 } });
    writesOff = await startApiServer(db);
  });
  beforeEach(() => clearDatabase());
  after(async () => {
    await api.stop();
    await writesOff.stop();
    await db.close();
  });

  it('When the server has no write token, then writes answer 403 saying how to turn them on, and reads stay open', async () => {
    const response = await postJson({ text: PESKOV }, TOKEN, writesOff);
    expect(response.status).to.equal(403);
    expect(response.body.error).to.include({ name: 'WritesDisabledError' });
    expect(response.body.error.message).to.include('WHOSAID_WRITE_TOKEN');
    expect((await writesOff.get('/api/config')).body).to.deep.equal({ writes: false, bodyLimitBytes: 20 * 1024 * 1024 });
    expect((await writesOff.get('/api/articles')).status).to.equal(200);
  });

  it('When no token or a wrong one is sent, then the answer is 401 and nothing is written', async () => {
    for (const token of [null, 'wrong-token-0123456789abcdef', `${TOKEN}x`]) {
      const response = await postJson({ text: PESKOV }, token);
      expect(response.status).to.equal(401);
      expect(response.body.error.name).to.equal('UnauthorizedError');
      expect(response.headers.get('www-authenticate')).to.match(/^Bearer/);
    }
    expect((await send(api, '/api/articles/0123456789abcdef', { method: 'DELETE' })).status).to.equal(401);
    expect((await countGraph(db)).articles).to.equal(0);
  });

  it('When the right token comes with a JSON array, then each article is answered with its id, counts and messages', async () => {
    const response = await postJson([{ text: PESKOV, title: 'Peskov', date: 'Nov. 9, 2022', url: 'https://a.test/1' }, { text: '' }]);
    expect(response.status).to.equal(200);
    const [peskov, empty] = response.body.results;
    expect(peskov).to.include({ origin: 'article 1', status: 'loaded', title: 'Peskov' });
    expect(peskov.articleId).to.match(/^[0-9a-f]{16}$/);
    expect(peskov.counts).to.include({ statements: 1 });
    expect(peskov.messages).to.be.an('array');
    expect(empty).to.deep.equal({ origin: 'article 2', status: 'failed', reason: 'empty: no text to extract', messages: [] });
    expect(response.body.summary).to.deep.equal({ loaded: 1, unchanged: 0, replaced: 0, failed: 1 });
    expect((await postJson({ text: PESKOV, url: 'https://a.test/1' })).body.results[0].status).to.equal('unchanged');
    expect((await postJson({ text: ZELENSKY, url: 'https://a.test/1' })).body.results[0].status).to.equal('replaced');
    expect((await countGraph(db)).articles).to.equal(1);
  });

  it('When a plain text is posted, then it is one article', async () => {
    const response = await send(api, '/api/articles', { method: 'POST', token: TOKEN, headers: { 'content-type': 'text/plain' }, body: ZELENSKY });
    expect(response.status).to.equal(200);
    expect(response.body.results[0]).to.include({ origin: 'article 1', status: 'loaded' });
  });

  it('When several files are uploaded as multipart, then each is read by its kind and answered by its name', async () => {
    const form = new FormData();
    form.append('files', new Blob([PESKOV]), 'peskov.txt');
    form.append('files', new Blob([NEWS_PAGE]), 'kherson.html');
    form.append('files', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])]), 'photo.txt');
    const response = await send(api, '/api/articles', { method: 'POST', token: TOKEN, body: form });
    expect(response.status).to.equal(200);
    expect(response.body.results.map((result: { origin: string; status: string }) => `${result.origin}: ${result.status}`))
      .to.deep.equal(['peskov.txt: loaded', 'kherson.html: loaded', 'photo.txt: failed']);
    const { records } = await testDriver().executeQuery('MATCH (a:Article {title: "Zelensky vows to retake Kherson"}) RETURN a.outlet AS outlet, a.text AS text');
    expect(records[0].get('outlet')).to.equal('The Kyiv Ledger');
    expect(records[0].get('text')).not.to.include('cheap flights');
  });

  it('When the body is over the limit, then the answer is 413', async () => {
    const response = await postJson({ text: 'war '.repeat(20_000) });
    expect(response.status).to.equal(413);
    expect(response.body.error.name).to.equal('PayloadTooLargeError');
    const form = new FormData();
    form.append('files', new Blob(['war '.repeat(20_000)]), 'big.txt');
    expect((await send(api, '/api/articles', { method: 'POST', token: TOKEN, body: form })).status).to.equal(413);
  });

  it('When the JSON names no text, then the answer is 400 naming the field', async () => {
    const response = await postJson({ title: 'no text' });
    expect(response.status).to.equal(400);
    expect(response.body.error.message).to.equal('POST /api/articles: 0.text must be a string');
  });

  it('When an article is deleted, then it, its facts and the entities only it supported are gone, and a second delete is 404', async () => {
    const [peskov] = (await postJson([{ text: PESKOV }, { text: ZELENSKY }])).body.results;
    const response = await send(api, `/api/articles/${peskov.articleId}`, { method: 'DELETE', token: TOKEN });
    expect(response.status).to.equal(200);
    expect(response.body.articleId).to.equal(peskov.articleId);
    expect(response.body.removedEntities).to.be.greaterThan(0);
    const left = await testDriver().executeQuery('MATCH (e:Entity) WHERE e.key CONTAINS "peskov" RETURN e');
    expect(left.records).to.have.length(0);
    expect((await countGraph(db))).to.include({ articles: 1, statements: 1 });
    expect((await send(api, `/api/articles/${peskov.articleId}`, { method: 'DELETE', token: TOKEN })).status).to.equal(404);
  });

  it('When articles are listed, then pages come newest first with counts and the total', async () => {
    await postJson({ text: PESKOV, title: 'First' });
    await postJson({ text: ZELENSKY, title: 'Second' });
    const page = await api.get('/api/articles?limit=1');
    expect(page.status).to.equal(200);
    expect(page.body.total).to.equal(2);
    expect(page.body.articles).to.have.length(1);
    expect(page.body.articles[0]).to.include({ title: 'Second' });
    expect(page.body.articles[0].counts).to.deep.equal({ statements: 1, events: 0, entities: page.body.articles[0].counts.entities });
    expect((await api.get('/api/articles?limit=1&offset=1')).body.articles[0].title).to.equal('First');
    expect((await api.get('/api/articles?limit=0')).status).to.equal(400);
  });

  it('When the OpenAPI document is read, then write routes name the bearer scheme and their 401, 403 and 413 answers', async () => {
    const { body } = await api.get('/api/openapi.json');
    expect(body.components.securitySchemes.writeToken).to.include({ type: 'http', scheme: 'bearer' });
    const post = body.paths['/api/articles'].post;
    expect(post.security).to.deep.equal([{ writeToken: [] }]);
    expect(post.responses).to.include.keys(['200', '401', '403', '413']);
    expect(post.requestBody.content).to.have.keys(['application/json', 'text/plain', 'multipart/form-data']);
    expect(body.paths['/api/articles'].get.security).to.equal(undefined);
  });
});
