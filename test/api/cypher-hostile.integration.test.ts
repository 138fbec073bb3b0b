// POST /api/cypher refuses, or stops at its time limit, every query that would write, change the schema, reach
// outside the graph or run for ever; the answer names the reason, and the graph is unchanged afterwards.
import { expect } from 'chai';
import { testDriver } from '../support/database';
import type { ApiServer } from './api-server';
import { startSmallArticleApi, type SmallArticleApi } from './small-article-api';

interface Hostile {
  what: string;
  query: string;
  status: number;
  name: string;
  /** The refusal's reason (403 answers). */
  reason?: string;
  message: RegExp;
}

const refused = (what: string, query: string, reason: string, message: RegExp): Hostile =>
  ({ what, query, status: 403, name: 'QueryRefusedError', reason, message });
const invalid = (what: string, query: string, message: RegExp): Hostile =>
  ({ what, query, status: 400, name: 'CypherError', message });
const stopped = (what: string, query: string): Hostile =>
  ({ what, query, status: 504, name: 'QueryTimeoutError', message: /ran past its time limit/ });

const HOSTILE: Hostile[] = [
  refused('CREATE of a node', 'CREATE (n:Intruder {name: "x"})', 'writes', /writes to the graph \(Create\)/),
  refused('CREATE of a relationship between matched nodes', 'MATCH (a:Person), (b:Place) CREATE (a)-[:OWNS]->(b)', 'writes', /writes to the graph/),
  refused('MERGE', 'MERGE (n:Intruder {name: "x"})', 'writes', /writes to the graph \(Merge\)/),
  refused('SET of a property', 'MATCH (n:Entity) SET n.name = "changed"', 'writes', /writes to the graph \(SetProperty\)/),
  refused('SET of a label', 'MATCH (n:Entity) SET n:Intruder', 'writes', /writes to the graph \(SetLabels\)/),
  refused('SET of a dynamic label from a parameter', 'MATCH (n:Entity) SET n:$($label)', 'writes', /writes to the graph/),
  refused('SET += of a map', 'MATCH (n:Entity) SET n += {name: "changed"}', 'writes', /writes to the graph \(Set/),
  refused('DELETE', 'MATCH (n:Statement) DELETE n', 'writes', /writes to the graph \(Delete\)/),
  refused('DETACH DELETE', 'MATCH (n) DETACH DELETE n', 'writes', /writes to the graph \(DetachDelete\)/),
  refused('REMOVE of a property', 'MATCH (n:Entity) REMOVE n.name', 'writes', /writes to the graph \(SetProperty\)/),
  refused('REMOVE of a label', 'MATCH (n:Entity) REMOVE n:Entity', 'writes', /writes to the graph \(RemoveLabels\)/),
  refused('FOREACH that creates', 'FOREACH (i IN [1, 2] | CREATE (:Intruder {i: i}))', 'writes', /writes to the graph \(Foreach\)/),
  refused('a write inside a CALL subquery', 'CALL () { CREATE (:Intruder) } RETURN 1 AS one', 'writes', /writes to the graph \(Create\)/),
  refused('CALL … IN TRANSACTIONS', 'MATCH (n) CALL (n) { SET n.touched = true } IN TRANSACTIONS OF 10 ROWS', 'in-transactions', /CALL \{ … \} IN TRANSACTIONS/),
  refused('LOAD CSV from a file', 'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line', 'load-csv', /LOAD CSV/),
  refused('LOAD CSV from a URL', 'LOAD CSV WITH HEADERS FROM "http://127.0.0.1:1/x.csv" AS row RETURN row', 'load-csv', /LOAD CSV/),
  refused('CREATE INDEX', 'CREATE INDEX intruder FOR (n:Intruder) ON (n.name)', 'schema', /changes the schema \(CreateIndex\)/),
  refused('DROP CONSTRAINT', 'DROP CONSTRAINT entity_key IF EXISTS', 'schema', /changes the schema \(DropConstraint\)/),
  refused('a dbms.* procedure', 'CALL dbms.components()', 'admin', /administration procedure dbms\.components/),
  refused('a dbms.* procedure that lists the configuration', 'CALL dbms.listConfig() YIELD name RETURN name', 'admin', /dbms\.listConfig/),
  refused('a db.* procedure that changes state', 'CALL db.clearQueryCaches()', 'procedure', /procedure db\.clearQueryCaches, which is not on the list/),
  refused('a procedure that creates a label', 'CALL db.createLabel("Intruder")', 'procedure', /db\.createLabel/),
  refused('SHOW TRANSACTIONS (other users\' queries)', 'SHOW TRANSACTIONS', 'admin', /administration command \(ShowTransactions\)/),
  refused('TERMINATE TRANSACTIONS', 'TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'admin', /administration command \(TerminateTransactions\)/),
  refused('SHOW SETTINGS', 'SHOW SETTINGS', 'admin', /administration command \(ShowSettings\)/),
  refused('CREATE USER', 'CREATE USER intruder SET PASSWORD "secret-password"', 'admin', /administration command \(AdministrationCommand\)/),
  refused('two statements', 'MATCH (n) RETURN n; CREATE (:Intruder)', 'multiple-statements', /more than one statement/),
  refused('a second statement after a line comment', 'MATCH (n) RETURN count(n) // just counting\n; MATCH (n) DETACH DELETE n', 'multiple-statements', /more than one statement/),
  refused('a write behind a block comment that says it reads', '/* read only, honest */ CREATE (:Intruder)', 'writes', /writes to the graph \(Create\)/),
  refused('a write after a block comment holding a semicolon', 'MATCH (n:Entity) /* ; */ SET n.name = "x" RETURN n', 'writes', /writes to the graph/),
  refused('a write with a unicode escape in the property name', 'MATCH (n:Entity) SET n.\\u006Eame = "x"', 'writes', /writes to the graph/),
  refused('EXPLAIN of a write (planned as a write all the same)', 'EXPLAIN CREATE (:Intruder)', 'writes', /writes to the graph/),
  refused('a huge literal range building one list', 'RETURN [x IN range(1, 50000000) | toString(x)] AS numbers', 'huge-literal', /list of 50000000 numbers/),
  invalid('CREATE spelt with a Cyrillic С', 'СREATE (:Intruder)', /Invalid input 'СREATE'/),
  invalid('a second statement after a full-width semicolon', 'MATCH (n) RETURN n；CREATE (:Intruder)', /Invalid input '；'/),
  invalid('USE of the system database', 'USE system MATCH (n) RETURN n', /unsupported clauses were used: MATCH/),
  invalid('PROFILE of a write', 'PROFILE CREATE (:Intruder)', /execution mode/),
  stopped('a cartesian product of a million by a million rows', 'UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*) AS n'),
  stopped('a cartesian product of every node five times over', 'MATCH (a), (b), (c), (d), (e) WHERE a <> e WITH a, b, c, d, e UNWIND range(1, 100000) AS x RETURN count(*) AS n'),
];

describe('POST /api/cypher, hostile queries', () => {
  let small: SmallArticleApi;
  let api: ApiServer;
  let nodesBefore: number;
  const countNodes = async () => (await testDriver().executeQuery('MATCH (n) RETURN count(n) AS n')).records[0].get('n').toNumber();

  before(async function () {
    // The first test file of a run may meet a Neo4j still warming up on a busy machine.
    this.timeout(120_000);
    small = await startSmallArticleApi({ analyst: { timeoutMs: 1_500 } });
    api = small.api;
    nodesBefore = await countNodes();
  });
  after(() => small?.stop());

  it(`should hold at least 30 hostile queries (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).to.be.at.least(30);
  });

  for (const hostile of HOSTILE) {
    it(`When the query holds ${hostile.what}, then it answers ${hostile.status} ${hostile.name}`, async () => {
      const { status, body } = await api.post('/api/cypher', { query: hostile.query, params: { label: 'Intruder' } });
      expect(status, JSON.stringify(body)).to.equal(hostile.status);
      expect(body.error.name).to.equal(hostile.name);
      expect(body.error.message).to.match(hostile.message);
      if (hostile.reason) expect(body.error.reason).to.equal(hostile.reason);
    });
  }

  it('When a query text is longer than 100,000 characters, then it answers 400 before Neo4j sees it', async () => {
    const query = `RETURN "${'x'.repeat(100_001)}" AS huge`;
    const { status, body } = await api.post('/api/cypher', { query });
    expect(status).to.equal(400);
    expect(body.error).to.deep.include({ name: 'InvalidInputError' });
    expect(body.error.message).to.match(/query is too long \(100000 characters at most\)/);
  });

  it('When a request body is larger than a megabyte, then it answers 413 without reading it all', async () => {
    const { status, body } = await api.post('/api/cypher', { query: 'RETURN $x AS x', params: { x: 'y'.repeat(1_100_000) } });
    expect(status).to.equal(413);
    expect(body.error).to.deep.equal({
      name: 'PayloadTooLargeError',
      message: 'POST /api/cypher: the body is larger than this server accepts (1048576 bytes; JSON_BODY_LIMIT)',
    });
  });

  it('When words like CREATE sit inside strings or comments only, then the query runs: the plan decides, not the words', async () => {
    const { status, body } = await api.post('/api/cypher', { query: '// CREATE (x)\nRETURN "CREATE (n); DELETE n" AS text /* SET */' });
    expect(status).to.equal(200);
    expect(body.rows).to.deep.equal([{ text: 'CREATE (n); DELETE n' }]);
  });

  it('When every hostile query has been tried, then the graph holds exactly the nodes it held before', async () => {
    expect(await countNodes()).to.equal(nodesBefore);
    const intruders = await testDriver().executeQuery('MATCH (n:Intruder) RETURN count(n) AS n');
    expect(intruders.records[0].get('n').toNumber()).to.equal(0);
  });
});
