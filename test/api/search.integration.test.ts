// GET /api/search: full-text search over entity names, aliases and statement quotes.
import { expect } from 'chai';
import type { SearchPayload } from '../../server/contract';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { luceneTerms } from '../../server/use-cases/search';
import { loadExtraction } from '../../server/load/load-article';
import { clearDatabase, testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from '../load/fixtures/small-article';
import { startApiServer, type ApiServer } from './api-server';

describe('GET /api/search', () => {
  let db: Database;
  let api: ApiServer;

  before(async () => {
    db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    await applySchema(db);
    await clearDatabase();
    await loadExtraction(db, { text: SMALL_ARTICLE_TEXT }, smallArticleExtraction());
    api = await startApiServer(db);
  });
  after(async () => {
    await api.stop();
    await db.close();
  });

  it('When searching a name spelled another way, then it finds the entity', async () => {
    const { status, body } = await api.get('/api/search?q=Zelensky');
    expect(status).to.equal(200);
    expect((body as SearchPayload).results.map((result) => result.node.id)).to.include('person:volodymyr zelenskyy');
  });

  it('When searching an alias, then it finds the entity it belongs to', async () => {
    const { body } = await api.get('/api/search?q=peskov');
    expect((body as SearchPayload).results[0].node).to.deep.include({ id: 'person:dmitry peskov', type: 'person' });
  });

  it('When searching words of a quote, then it finds the statement with its speaker', async () => {
    const { body } = await api.get('/api/search?q=staying%20forever');
    const statement = (body as SearchPayload).results.find((result) => result.node.type === 'statement');
    expect(statement?.node).to.deep.include({ quote: 'We are staying in Kherson forever', speaker: 'Dmitry Peskov' });
  });

  it('When the query holds Lucene syntax, then it is searched as plain words and never fails', async () => {
    const { status } = await api.get(`/api/search?q=${encodeURIComponent('Kherson" AND (title:*')}`);
    expect(status).to.equal(200);
    expect(luceneTerms('Kherson" AND (title:*')).to.equal('kherson~1 and title~1');
  });

  it('When the query is empty or the limit out of range, then it answers 400 naming the parameter', async () => {
    expect((await api.get('/api/search?q=')).body.error.message).to.equal('GET /api/search: q must not be empty');
    expect((await api.get('/api/search?q=x&limit=0')).body.error.message).to.match(/^GET \/api\/search: limit/);
  });
});
