// POST /api/cypher: rows as JSON, the graph in them with stable ids, Neo4j's errors with their position, and the caps.
import { expect } from 'chai';
import { SMALL_ARTICLE_TEXT } from '../load/fixtures/small-article';
import { startApiServer, type ApiServer } from './api-server';
import { startSmallArticleApi, type SmallArticleApi } from './small-article-api';

describe('POST /api/cypher', () => {
  let small: SmallArticleApi;
  let api: ApiServer;
  let capped: ApiServer;
  let articleId: string;

  before(async function () {
    // The first test file of a run may meet a Neo4j still warming up on a busy machine.
    this.timeout(120_000);
    small = await startSmallArticleApi();
    ({ api, articleId } = small);
    capped = await startApiServer(small.db, undefined, { analyst: { maxRows: 100, maxBytes: 4_096 } });
  });
  after(async () => {
    await capped?.stop();
    await small?.stop();
  });

  it('When a query returns values, then rows hold them as JSON: integers as numbers, dates as ISO strings', async () => {
    const { status, body } = await api.post('/api/cypher', {
      query: 'MATCH (a:Article) RETURN a.title AS title, a.date AS date, a.length AS length, $n + 1 AS next',
      params: { n: 41 },
    });
    expect(status).to.equal(200);
    expect(body.columns).to.deep.equal(['title', 'date', 'length', 'next']);
    expect(body.rows).to.deep.equal([{ title: 'Kremlin vows to hold Kherson', date: '2022-11-01', length: SMALL_ARTICLE_TEXT.length, next: 42 }]);
    expect(body.summary).to.include({ rows: 1, truncated: false, queryType: 'r' });
    expect(body.summary.ms).to.be.a('number');
    expect(body.graph.elements).to.deep.equal({ nodes: [], edges: [] });
  });

  it('When a query returns a path, then the graph holds its nodes and relationships by stable ids, as /api/graph does', async () => {
    const { body } = await api.post('/api/cypher', {
      query: 'MATCH path = (:Person {name: "Dmitry Peskov"})-[:SAID]->(:Statement)-[:REPORTED_IN]->(:Article) RETURN path',
    });
    const statementId = `${articleId}:s1`;
    const [{ path }] = body.rows;
    expect(path.kind).to.equal('path');
    expect(path.nodes.map((node: any) => node.id)).to.deep.equal(['person:dmitry peskov', statementId, articleId]);
    expect(path.relationships.map((relationship: any) => relationship.id))
      .to.deep.equal([`SAID:person:dmitry peskov->${statementId}`, `REPORTED_IN:${statementId}->${articleId}`]);
    const nodes = body.graph.elements.nodes.map((node: any) => node.data);
    expect(nodes.map((node: any) => [node.id, node.type])).to.have.deep.members([
      ['person:dmitry peskov', 'person'], [statementId, 'statement'], [articleId, 'article'],
    ]);
    expect(nodes.find((node: any) => node.type === 'statement')).to.include({ label: 'We are staying in Kherson forever', article: articleId });
    expect(nodes.find((node: any) => node.type === 'article')).not.to.have.property('text');
    expect(body.graph.elements.edges.map((edge: any) => edge.data)).to.have.deep.members([
      { id: `SAID:person:dmitry peskov->${statementId}`, source: 'person:dmitry peskov', target: statementId, type: 'SAID' },
      { id: `REPORTED_IN:${statementId}->${articleId}`, source: statementId, target: articleId, type: 'REPORTED_IN' },
    ]);
  });

  it('When a query returns relationships without their nodes, then the graph still holds both ends, never Neo4j ids', async () => {
    const { body } = await api.post('/api/cypher', { query: 'MATCH ()-[r:MENTIONS]->(:Place {name: "Kherson"}) RETURN r' });
    expect(body.rows[0].r).to.deep.include({ kind: 'relationship', type: 'MENTIONS', source: articleId, target: 'place:kherson' });
    expect(body.rows[0].r.properties.count).to.equal(2);
    expect(body.graph.elements.nodes.map((node: any) => node.data.id)).to.have.members([articleId, 'place:kherson']);
    expect(body.graph.elements.edges[0].data).to.include({ source: articleId, target: 'place:kherson', count: 2 });
    expect(JSON.stringify(body)).not.to.match(/neo4j:|elementId/);
  });

  it('When a read-only procedure on the list is called, then it runs: full-text search over entity names', async () => {
    const { status, body } = await api.post('/api/cypher', {
      query: 'CALL db.index.fulltext.queryNodes("entity_names", $words) YIELD node, score RETURN node.name AS name ORDER BY score DESC LIMIT 1',
      params: { words: 'Peskov' },
    });
    expect(status).to.equal(200);
    expect(body.rows).to.deep.equal([{ name: 'Dmitry Peskov' }]);
  });

  it('When the query has a syntax error, then it answers 400 with Neo4j\'s code and the line and column in the analyst\'s text', async () => {
    const { status, body } = await api.post('/api/cypher', { query: 'MATCH (p:Person)\nRETURN q.name' });
    expect(status).to.equal(400);
    expect(body.error).to.deep.include({
      name: 'CypherError', code: 'Neo.ClientError.Statement.SyntaxError', line: 2, column: 8, offset: 24,
    });
    expect(body.error.message).to.equal('cypher: Variable `q` not defined (line 2, column 8)');
  });

  it('When the query fails while running, then it answers 400 with Neo4j\'s code', async () => {
    const { status, body } = await api.post('/api/cypher', { query: 'RETURN 1 / $zero AS x', params: { zero: 0 } });
    expect(status).to.equal(400);
    expect(body.error).to.deep.include({ name: 'CypherError', code: 'Neo.ClientError.Statement.ArithmeticError' });
    expect(body.error.message).to.match(/by zero/);
  });

  it('When a parameter the query needs is missing, then it answers 400 naming it', async () => {
    const { status, body } = await api.post('/api/cypher', { query: 'MATCH (p:Person {name: $name}) RETURN p' });
    expect(status).to.equal(400);
    expect(body.error.code).to.equal('Neo.ClientError.Statement.ParameterMissing');
    expect(body.error.message).to.match(/name/);
  });

  it('When the body has no query, then it answers 400 naming the field', async () => {
    const { status, body } = await api.post('/api/cypher', { params: {} });
    expect(status).to.equal(400);
    expect(body.error.message).to.match(/^POST \/api\/cypher: query /);
  });

  it('When a query has more rows than the row cap, then it answers the first ones with truncated: true', async () => {
    const { status, body } = await capped.post('/api/cypher', { query: 'UNWIND range(1, 100000) AS x RETURN x' });
    expect(status).to.equal(200);
    expect(body.rows).to.have.length(100);
    expect(body.rows[99]).to.deep.equal({ x: 100 });
    expect(body.summary).to.include({ rows: 100, truncated: true, truncatedBy: 'rows' });
  });

  it('When the rows would pass the size cap, then it answers the rows that fit with truncated: true', async () => {
    const { body } = await capped.post('/api/cypher', { query: 'UNWIND range(1, 50) AS x RETURN x, $padding AS padding', params: { padding: 'p'.repeat(200) } });
    expect(body.rows.length).to.be.within(10, 20);
    expect(body.summary).to.include({ truncated: true, truncatedBy: 'bytes' });
    expect(Buffer.byteLength(JSON.stringify(body.rows))).to.be.at.most(4_096);
  });

  it('When the query is asked with GET, then it answers 405 naming POST', async () => {
    const { status, headers } = await api.get('/api/cypher');
    expect(status).to.equal(405);
    expect(headers.get('allow')).to.equal('POST');
  });
});
