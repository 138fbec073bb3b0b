// GET /api/graph: the graph as Cytoscape elements, whole or for one article.
import { expect } from 'chai';
import type { GraphPayload } from '../../server/contract';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { loadExtraction } from '../../server/load/load-article';
import { clearDatabase, testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from '../load/fixtures/small-article';
import { startApiServer, type ApiServer } from './api-server';

describe('GET /api/graph', () => {
  let db: Database;
  let api: ApiServer;
  let articleId: string;
  const otherText = `${SMALL_ARTICLE_TEXT} Peskov declined to comment further.`;

  before(async () => {
    db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    await applySchema(db);
    await clearDatabase();
    ({ articleId } = await loadExtraction(db, { text: SMALL_ARTICLE_TEXT, file: 'small.txt' }, smallArticleExtraction()));
    await loadExtraction(db, { text: otherText, file: 'other.txt' }, smallArticleExtraction(otherText));
    api = await startApiServer(db);
  });
  after(async () => {
    await api.stop();
    await db.close();
  });

  it('When articles are loaded, then it gives every article, entity, statement and event as a node keyed by its stable id', async () => {
    const { status, body } = await api.get('/api/graph');
    expect(status).to.equal(200);
    const nodes = (body as GraphPayload).elements.nodes.map((node) => node.data);
    const counts = nodes.reduce<Record<string, number>>((all, node) => ({ ...all, [node.type]: (all[node.type] ?? 0) + 1 }), {});
    expect(counts).to.deep.equal({ article: 2, person: 2, organization: 1, place: 3, statement: 4, event: 2 });
    expect(nodes.find((node) => node.id === 'person:dmitry peskov')).to.deep.include({ label: 'Dmitry Peskov', role: 'spokesman' });
    expect(nodes.find((node) => node.id === 'place:kherson')).to.deep.include({ label: 'Kherson', lat: 46.6354, lon: 32.6169 });
    expect(nodes.find((node) => node.id === articleId)).to.deep.include({
      label: 'Kremlin vows to hold Kherson', outlet: 'Invented Wire', date: '2022-11-01',
    });
    expect(nodes.find((node) => node.id === `${articleId}:s1`)).to.deep.include({
      type: 'statement', quote: 'We are staying in Kherson forever', kind: 'direct', speaker: 'Dmitry Peskov',
    });
    expect(nodes.find((node) => node.id === `${articleId}:e1`)).to.deep.include({ label: 'Russia withdrew from Lyman' });
  });

  it('When the graph is drawn, then every edge joins two of its nodes and has a type and a unique id', async () => {
    const { elements } = (await api.get('/api/graph')).body as GraphPayload;
    const ids = new Set(elements.nodes.map((node) => node.data.id));
    for (const { data } of elements.edges) {
      expect(ids.has(data.source) && ids.has(data.target), data.id).to.equal(true);
    }
    expect(new Set(elements.edges.map((edge) => edge.data.id)).size).to.equal(elements.edges.length);
    const types = new Set(elements.edges.map((edge) => edge.data.type));
    expect([...types]).to.have.members(['MENTIONS', 'REPORTED_IN', 'SAID', 'ABOUT', 'ACTOR', 'TARGET', 'CLAIMS']);
    expect(elements.edges.find((edge) => edge.data.id === `SAID:person:dmitry peskov->${articleId}:s1`)).to.not.equal(undefined);
  });

  it('When the whole graph is small enough to open whole, then every node comes placed by the explorer\'s layout, the same each time', async () => {
    const { body } = await api.get('/api/graph', { 'cache-control': 'no-cache' });
    const { elements } = body as GraphPayload;
    for (const node of elements.nodes) {
      expect(node.position, node.data.id).to.have.keys('x', 'y');
      expect(Number.isFinite(node.position!.x) && Number.isFinite(node.position!.y), node.data.id).to.equal(true);
    }
    const apart = new Set(elements.nodes.map((node) => `${Math.round(node.position!.x)},${Math.round(node.position!.y)}`));
    expect(apart.size).to.equal(elements.nodes.length);
    const again = (await api.get('/api/graph', { 'cache-control': 'no-cache' })).body as GraphPayload;
    expect(again.elements.nodes.map((node) => node.position)).to.deep.equal(elements.nodes.map((node) => node.position));
  });

  it('When asked for one article, then its part of the graph comes unplaced: the canvas it joins places it', async () => {
    const { body } = await api.get(`/api/graph?article=${articleId}`);
    expect((body as GraphPayload).elements.nodes.every((node) => node.position === undefined)).to.equal(true);
  });

  it('When asked for one article, then it gives only that article, its facts and the entities they involve', async () => {
    const { body } = await api.get(`/api/graph?article=${articleId}`);
    const nodes = (body as GraphPayload).elements.nodes.map((node) => node.data);
    expect(nodes.filter((node) => node.type === 'article').map((node) => node.id)).to.deep.equal([articleId]);
    expect(nodes.filter((node) => node.type === 'statement').every((node) => String(node.id).startsWith(`${articleId}:`))).to.equal(true);
    expect(nodes.filter((node) => node.type === 'statement')).to.have.length(2);
  });

  it('When the article asked for does not exist, then it answers 404 with a NotFoundError', async () => {
    const { status, body } = await api.get('/api/graph?article=0123456789abcdef');
    expect(status).to.equal(404);
    expect(body.error.name).to.equal('NotFoundError');
  });

  it('When the article parameter is not an article id, then it answers 400 naming the parameter', async () => {
    const { status, body } = await api.get('/api/graph?article=%3Cscript%3E');
    expect(status).to.equal(400);
    expect(body.error).to.deep.equal({ name: 'InvalidInputError', message: 'GET /api/graph: article must be an article id (hexadecimal)' });
  });
});
