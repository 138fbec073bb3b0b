// GET /api/analytics: scores of the entity graph read from Neo4j, kept until an ingest changes the graph.
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../../server/graph/database';
import { loadArticle } from '../../server/load/load-article';
import { SEED_DIRECTORY } from '../../server/load/seed';
import type { ApiServer } from './api-server';
import { startSmallArticleApi, type SmallArticleApi } from './small-article-api';

describe('GET /api/analytics', () => {
  let small: SmallArticleApi;
  let db: Database;
  let api: ApiServer;
  let articleId: string;

  before(async function () {
    // The first test file of a run may meet a Neo4j still warming up on a busy machine.
    this.timeout(120_000);
    small = await startSmallArticleApi();
    ({ db, api, articleId } = small);
  });
  after(() => small?.stop());

  it('When asked, then every entity linked through a statement or event is scored, with communities and components', async () => {
    const { status, body } = await api.get('/api/analytics');
    expect(status).to.equal(200);
    const peskov = body.nodes.find((node: any) => node.id === 'person:dmitry peskov');
    expect(peskov).to.include({ label: 'Dmitry Peskov', type: 'person' });
    expect(peskov.degree).to.be.at.least(1);
    for (const node of body.nodes) expect(node).to.have.all.keys('id', 'label', 'type', 'degree', 'weightedDegree', 'pagerank', 'betweenness', 'community', 'component');
    expect(body.summary).to.include({ nodes: body.nodes.length, betweenness: 'exact', cached: false });
    expect(body.nodes.reduce((sum: number, node: any) => sum + node.pagerank, 0)).to.be.closeTo(1, 1e-6);
  });

  it('When asked again with no change to the graph, then the kept answer comes back', async () => {
    const { body } = await api.get('/api/analytics');
    expect(body.summary.cached).to.equal(true);
  });

  it('When an article is loaded, then the graph version moves on and the scores are computed again', async () => {
    const before = (await api.get('/api/analytics')).body;
    const text = await readFile(join(SEED_DIRECTORY, '003_dd1ce97433807155.txt'), 'utf8');
    await loadArticle(db, { text, file: '003_dd1ce97433807155.txt' });
    const after = (await api.get('/api/analytics')).body;
    expect(after.summary.cached).to.equal(false);
    expect(after.summary.graphVersion).not.to.equal(before.summary.graphVersion);
    expect(after.summary.nodes).to.be.greaterThan(before.summary.nodes);
  });

  it('When scoped to one article, then only the entities its statements and events link are scored', async () => {
    const { body } = await api.get(`/api/analytics?article=${articleId}`);
    expect(body.nodes.map((node: any) => node.id)).to.include('person:dmitry peskov');
    expect(body.nodes.every((node: any) => ['person:dmitry peskov', 'place:kherson', 'place:russia', 'organization:kremlin',
      'person:volodymyr zelenskyy', 'place:lyman'].includes(node.id))).to.equal(true);
  });

  it('When scoped to a set of entities, then only the links among them count', async () => {
    const { body } = await api.get('/api/analytics?entities=person:dmitry%20peskov,place:kherson');
    expect(body.nodes.map((node: any) => node.id).sort()).to.deep.equal(['person:dmitry peskov', 'place:kherson']);
    expect(body.summary).to.include({ nodes: 2, edges: 1, components: 1 });
  });

  it('When the article id is malformed, then it answers 400 naming the parameter', async () => {
    const { status, body } = await api.get('/api/analytics?article=nope');
    expect(status).to.equal(400);
    expect(body.error.message).to.match(/article must be an article id/);
  });
});
