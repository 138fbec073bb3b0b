// GET and POST /api/export chosen by a saved question or by read-only Cypher: run through the analysts' runner (its
// refusals, time limit and errors), the nodes the answer names exported, the query and parameters carried along.
import { expect } from 'chai';
import { parseHTML } from 'linkedom';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { download, startExportWorld, unzipText, type ExportWorld } from '../export/support/export-api';
import { readWithNetworkx } from '../export/support/networkx';
import { replayQueryFile } from '../export/support/replay';
import { HOSTILE_SPEAKER } from '../export/fixtures/hostile-article';
import { testDriver } from '../support/database';
import { startApiServer, type ApiServer } from './api-server';

const exportUrl = (query: Record<string, string>) => `/api/export?${new URLSearchParams(query)}`;

describe('GET and POST /api/export by saved question or Cypher', () => {
  let world: ExportWorld;
  let strict: ApiServer;
  let folder: string;

  before(async () => {
    world = await startExportWorld();
    // The same database behind a short analysts' time limit, to see a query stopped inside an export.
    strict = await startApiServer(world.db, undefined, { analyst: { timeoutMs: 1_500 } });
    folder = await mkdtemp(path.join(os.tmpdir(), 'whosaid-export-answers-'));
  });
  after(async () => {
    await strict?.stop();
    await world?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('When a saved question with a parameter is exported as GraphML, then networkx reads the statements it names, with their speakers, subjects and articles', async () => {
    const { status, headers, bytes, text } = await download(world.api, exportUrl({
      format: 'graphml', question: 'person-statements', params: JSON.stringify({ speaker: 'Dmitry Peskov' }),
    }));
    expect(status, text).to.equal(200);
    expect(headers.get('content-disposition')).to.match(/filename="?whosaid-question-person-statements-\d{4}-\d{2}-\d{2}\.graphml/);
    const file = path.join(folder, 'peskov.graphml');
    await writeFile(file, bytes);
    const statement = `${world.smallArticle}:s1`;
    const read = await readWithNetworkx('graphml', file, [statement]);
    // The question names Peskov's one statement; its article, its speaker and what it is about complete it.
    expect(read.ids).to.deep.equal([statement, world.smallArticle, 'person:dmitry peskov', 'place:kherson'].sort());
    expect(read.edgeTypes).to.deep.equal(['ABOUT', 'MENTIONS', 'REPORTED_IN', 'SAID']);
    expect(read.edges).to.equal(5);
    expect(read.attributes[statement]).to.include({ quote: 'We are staying in Kherson forever', speaker: 'Dmitry Peskov', articleOutlet: 'Invented Wire' });
    expect(headers.get('x-whosaid-export')).to.equal('4 nodes; 5 edges');
  });

  it('When a Cypher selection is exported as a report, then the report shows the query and its parameters as text, and the facts it names', async () => {
    const query = 'MATCH path = (speaker:Person)-[:SAID]->(said:Statement)\nWHERE speaker.name IN $names AND said.start < $before\nRETURN path';
    const params = { names: ['Volodymyr Zelenskyy', HOSTILE_SPEAKER], before: 100_000 };
    const { status, headers, text } = await download(world.api, '/api/export', { format: 'report', selection: { cypher: query, params } });
    expect(status, text).to.equal(200);
    expect(headers.get('content-disposition')).to.match(/whosaid-cypher-.*\.report\.html/);
    const { document } = parseHTML(text);
    expect(document.querySelector('title')?.textContent).to.equal('whosaid: the answer to a Cypher query');
    expect(document.querySelector('pre.query')?.textContent).to.equal(query);
    const shownParams = Array.from(document.querySelectorAll('table.params tr') as ArrayLike<Element>).map((row) => Array.from(row.children as ArrayLike<Element>).map((cell) => cell.textContent));
    expect(shownParams).to.deep.equal([['names', JSON.stringify(params.names)], ['before', '100000']]);
    expect(document.querySelector('p.description')?.textContent).to.match(/^A read-only Cypher query, 2 rows: the nodes its answer names/);
    const quotes = Array.from(document.querySelectorAll('p.quote') as ArrayLike<Element>).map((quote) => quote.textContent);
    expect(quotes).to.have.length(2);
    expect(quotes.join('\n')).to.include('Russian troops had withdrawn from Lyman').and.include('=HYPERLINK(');
    expect(quotes.join('\n')).not.to.include('We are staying in Kherson');
    expect(document.querySelectorAll('section.sources li')).to.have.length(2);
    expect(document.querySelector('script, b')).to.equal(null);
  });

  it('When the query would write, then the export answers 403 QueryRefusedError with its reason, as /api/cypher does, and the graph is unchanged', async () => {
    const count = async () => (await testDriver().executeQuery('MATCH (n) RETURN count(n) AS n')).records[0].get('n').toNumber();
    const before = await count();
    const byGet = await world.api.get(exportUrl({ format: 'graphml', cypher: 'CREATE (n:Intruder {name: "x"}) RETURN n' }));
    const byPost = await world.api.post('/api/export', { format: 'bundle', selection: { cypher: 'MATCH (n) DETACH DELETE n' } });
    const direct = await world.api.post('/api/cypher', { query: 'MATCH (n) DETACH DELETE n' });
    for (const { status, body } of [byGet, byPost]) {
      expect(status, JSON.stringify(body)).to.equal(403);
      expect(body.error).to.include({ name: 'QueryRefusedError', reason: 'writes' });
    }
    expect(byPost.body).to.deep.equal(direct.body);
    expect(await count()).to.equal(before);
  });

  it('When the query does not parse, then it answers 400 CypherError with the line and column in the analyst\'s text', async () => {
    const { status, body } = await world.api.get(exportUrl({ format: 'cytoscape', cypher: 'MATCH (n:Person)\nRETURN n LIMT 3' }));
    expect(status).to.equal(400);
    expect(body.error).to.include({ name: 'CypherError', code: 'Neo.ClientError.Statement.SyntaxError', line: 2 });
    expect(body.error.column).to.be.a('number');
  });

  it('When the question is unknown, or the answer names no node, then it answers 404 saying which', async () => {
    const unknown = await world.api.get(exportUrl({ format: 'gexf', question: 'no-such-question' }));
    expect(unknown.status).to.equal(404);
    expect(unknown.body.error).to.include({ name: 'NotFoundError' });
    expect(unknown.body.error.message).to.match(/no saved question is named "no-such-question"/);
    const namesNothing = await world.api.post('/api/export', { format: 'gexf', selection: { question: 'busiest-places' } });
    expect(namesNothing.status).to.equal(404);
    expect(namesNothing.body.error.message).to.match(/the saved question "busiest-places" .* answered \d+ rows? that name no node of the graph/);
  });

  it('When the query runs past the analysts\' time limit, then the export answers 504 QueryTimeoutError, long budget or not', async () => {
    const slow = 'UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*) AS n';
    const started = Date.now();
    const { status, body } = await strict.get(exportUrl({ format: 'report', cypher: slow }));
    expect(status).to.equal(504);
    expect(body.error.name).to.equal('QueryTimeoutError');
    expect(Date.now() - started).to.be.below(30_000);
  });

  it('When the selection is malformed, then it answers 400 naming the parameter', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ format: 'graphml', question: 'person-statements', params: 'speaker=Peskov' }, /params must be a JSON object/],
      [{ format: 'graphml', question: 'person-statements', params: '["Peskov"]' }, /params must be a JSON object/],
      [{ format: 'graphml', params: '{}' }, /params goes with question or cypher only/],
      [{ format: 'graphml', question: 'person-statements', nodes: 'place:lyman' }, /choose at most one of nodes, article, question, cypher/],
      [{ format: 'graphml', question: 'person-statements', cypher: 'RETURN 1' }, /choose at most one of .*\(got question and cypher\)/],
      [{ format: 'graphml', question: 'person-statements', depth: '1' }, /depth goes with nodes only/],
      [{ format: 'graphml', question: 'Person Statements' }, /question must be a saved question's name/],
      [{ format: 'graphml', cypher: '   ' }, /cypher must not be empty/],
      [{ format: 'graphml', question: 'person-statements', params: '{"speaker": 3}' }, /params\.speaker/],
      [{ format: 'graphml', question: 'person-statements', params: '{"who": "Peskov"}' }, /params\.who is not a parameter of person-statements/],
    ];
    for (const [query, message] of cases) {
      const { status, body } = await world.api.get(exportUrl(query));
      expect(status, JSON.stringify(query)).to.equal(400);
      expect(body.error.name).to.equal('InvalidInputError');
      expect(body.error.message, JSON.stringify(query)).to.match(message);
    }
  });

  it('When a question is exported as a bundle, then its query.cypher replays the question with its parameters, defaults included', async () => {
    const { status, bytes, text } = await download(world.api, '/api/export', {
      format: 'bundle', selection: { question: 'event-claims', params: { place: 'lyman' } },
    });
    expect(status, text).to.equal(200);
    const file = unzipText(bytes).get('query.cypher') as string;
    expect(file).to.include(":param place => 'lyman';").and.include(':param verb => null;').and.include('// @title Who claims what happened to a place');
    const replay = await replayQueryFile(file);
    const asked = await world.api.post('/api/queries/event-claims', { params: { place: 'lyman' } });
    expect(replay.params).to.deep.equal({ place: 'lyman', verb: null });
    expect(replay.rows).to.deep.equal(asked.body.rows);
    expect(replay.rows.map((row) => row.event)).to.deep.equal([`${world.smallArticle}:e1`]);
  });

  it('When a Cypher query with parameters of every kind is exported as a bundle, then query.cypher replays it to the same rows', async () => {
    const query = 'MATCH (speaker:Person)-[:SAID]->(said:Statement) WHERE NOT speaker.name IN $skip AND $options.deep AND said.start >= $from * $scale '
      + 'RETURN said.id AS statement, said.quote AS quote, $limit AS limit, $scale AS scale ORDER BY statement LIMIT $limit';
    const params = { skip: ['@Eve', "O'Brien \\ \n"], options: { deep: true, note: null }, from: 0, scale: 0.5, limit: 2 };
    const { status, bytes, text } = await download(world.api, '/api/export', { format: 'bundle', selection: { cypher: query, params } });
    expect(status, text).to.equal(200);
    const replay = await replayQueryFile(unzipText(bytes).get('query.cypher') as string);
    const asked = await world.api.post('/api/cypher', { query, params });
    expect(asked.status).to.equal(200);
    expect(replay.params).to.deep.equal(params);
    expect(replay.rows).to.deep.equal(asked.body.rows);
    expect(replay.rows).to.have.length(2);
  });

  it('When the OpenAPI document is read, then the export routes take question, cypher and params and document 403 and 504', async () => {
    const { body } = await world.api.get('/api/openapi.json');
    const get = body.paths['/api/export'].get;
    expect(get.parameters.map((p: { name: string }) => p.name)).to.include.members(['question', 'cypher', 'params']);
    expect(get.responses).to.include.keys('400', '403', '404', '504');
    const selection = body.paths['/api/export'].post.requestBody.content['application/json'].schema.properties.selection;
    expect(selection.properties).to.include.keys('question', 'cypher', 'params');
  });
});
