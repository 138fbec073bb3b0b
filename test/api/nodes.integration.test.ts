// GET /api/nodes/:id: what a person said, and where a statement or event came from.
import { expect } from 'chai';
import type { NodeDetails } from '../../server/contract';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { loadExtraction } from '../../server/load/load-article';
import { clearDatabase, testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from '../load/fixtures/small-article';
import { startApiServer, type ApiServer } from './api-server';

const node = (id: string) => `/api/nodes/${encodeURIComponent(id)}`;

describe('GET /api/nodes/:id', () => {
  let db: Database;
  let api: ApiServer;
  let articleId: string;
  const article = { title: 'Kremlin vows to hold Kherson', outlet: 'Invented Wire', date: '2022-11-01', url: null };

  before(async () => {
    db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    await applySchema(db);
    await clearDatabase();
    ({ articleId } = await loadExtraction(db, { text: SMALL_ARTICLE_TEXT, file: 'small.txt' }, smallArticleExtraction()));
    api = await startApiServer(db);
  });
  after(async () => {
    await api.stop();
    await db.close();
  });

  it('When a person is asked for, then it lists their statements with the article title, outlet and date', async () => {
    const { status, body } = await api.get(node('person:dmitry peskov'));
    expect(status).to.equal(200);
    const details = body as NodeDetails;
    expect(details.node).to.deep.include({ id: 'person:dmitry peskov', label: 'Dmitry Peskov', type: 'person', role: 'spokesman' });
    expect(details.quotes).to.deep.equal([{
      id: `${articleId}:s1`, quote: 'We are staying in Kherson forever', kind: 'direct', verb: 'told',
      article: { id: articleId, ...article },
    }]);
    expect(details).to.deep.include({ page: { page: 1, pageSize: 20 }, quotesTotal: 1 });
  });

  it('When a page past the last is asked for, then it gives no quotes but still the total', async () => {
    const { status, body } = await api.get(`${node('person:dmitry peskov')}?page=3&pageSize=1`);
    expect(status).to.equal(200);
    expect(body.quotes).to.deep.equal([]);
    expect(body).to.deep.include({ page: { page: 3, pageSize: 1 }, quotesTotal: 1 });
  });

  it('When the page size is out of range, then it answers 400 naming it', async () => {
    const { status, body } = await api.get(`${node('person:dmitry peskov')}?pageSize=500`);
    expect(status).to.equal(400);
    expect(body.error.message).to.match(/pageSize must be a number from 1 to 100/);
  });

  it('When a statement is asked for, then it gives the sentence it came from, cut from the article by its offsets', async () => {
    const { body } = await api.get(node(`${articleId}:s1`));
    const { provenance } = body as NodeDetails;
    expect(provenance?.article).to.deep.equal({ id: articleId, ...article });
    expect(provenance?.sentence).to.equal('"We are staying in Kherson forever," Peskov told reporters.');
    expect(SMALL_ARTICLE_TEXT.slice(provenance!.sentenceStart, provenance!.sentenceEnd)).to.equal(provenance?.sentence);
    expect(SMALL_ARTICLE_TEXT.slice(provenance!.start, provenance!.end)).to.equal('We are staying in Kherson forever');
  });

  it('When an event is asked for, then it gives its sentence and who claims it', async () => {
    const { body } = await api.get(node(`${articleId}:e1`));
    const details = body as NodeDetails;
    expect(details.node).to.deep.include({ type: 'event', verb: 'withdrew_from', claimedBy: 'Volodymyr Zelenskyy' });
    expect(details.provenance?.sentence).to.equal('Ukrainian President Volodymyr Zelenskyy said Russian troops had withdrawn from Lyman.');
  });

  it('When an article is asked for, then it gives its title, outlet and date, and its text beside the node rather than in it', async () => {
    const { body } = await api.get(node(articleId));
    const { url: _unknown, ...meta } = article;
    expect(body.node).to.deep.include({ type: 'article', label: article.title, ...meta });
    expect(body.node).not.to.have.property('text');
    expect(body.text).to.equal(SMALL_ARTICLE_TEXT);
  });

  it('When the id is unknown, then it answers 404 with a NotFoundError naming the id', async () => {
    const { status, body } = await api.get(node('person:nobody at all'));
    expect(status).to.equal(404);
    expect(body.error).to.deep.equal({ name: 'NotFoundError', message: 'nodes: no node has the id "person:nobody at all"' });
  });

  it('When the id is not a valid URL escape, then it answers 400 with an InvalidInputError', async () => {
    const { status, body } = await api.get('/api/nodes/%E0%A4%A');
    expect(status).to.equal(400);
    expect(body.error.name).to.equal('InvalidInputError');
  });
});
