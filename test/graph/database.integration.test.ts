// The database module against the real Neo4j: both URI schemes, the database setting, and how failures are named.
import { expect } from 'chai';
import { Neo4jError, error as neo4jErrors } from 'neo4j-driver';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../server/errors';
import { classifyError, connectDatabase, type Database } from '../../server/graph/database';
import { cypher } from '../../server/graph/queries';
import { testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('graph/database', () => {
  const opened: Database[] = [];
  const connect = (settings: Parameters<typeof connectDatabase>[0], options: Parameters<typeof connectDatabase>[1] = {}) => {
    const db = connectDatabase(settings, { ...RELAXED_CONNECT, ...options });
    opened.push(db);
    return db;
  };
  after(() => Promise.all(opened.map((db) => db.close())));

  for (const scheme of ['bolt', 'neo4j']) {
    it(`should read and answer the health probe through a ${scheme}:// URI`, async () => {
      const settings = testNeo4jSettings();
      const db = connect({ ...settings, uri: settings.uri.replace(/^\w+:/, `${scheme}:`) });
      await db.ping();
      const [counts] = await db.read((tx) => tx.run(cypher('read/counts')));
      expect(counts.articles).to.be.a('number');
    });
  }

  it('should use the database it is configured with', async () => {
    const db = connect({ ...testNeo4jSettings(), database: 'neo4j' });
    await db.ping();
  });

  it('should name a database that does not exist a DatabaseUnavailableError, for reads and the probe alike', async () => {
    const db = connect({ ...testNeo4jSettings(), database: 'nosuchdatabase' }, { maxRetryTimeMs: 0 });
    expect(await failureOf(db.ping())).to.be.instanceOf(DatabaseUnavailableError);
    expect(await failureOf(db.read((tx) => tx.run(cypher('read/counts'))))).to.be.instanceOf(DatabaseUnavailableError);
  });

  it('should name an unreachable server a DatabaseUnavailableError that keeps the driver error as its cause', async () => {
    const db = connect({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'none' }, { maxRetryTimeMs: 0 });
    const failure = await failureOf(db.read((tx) => tx.run(cypher('read/counts'))));
    expect(failure).to.be.instanceOf(DatabaseUnavailableError);
    expect((failure as Error).cause).to.be.instanceOf(Neo4jError);
  });

  it('should name a query that Neo4j stops at its time limit a DatabaseTimeoutError, with the driver error as cause', async () => {
    const db = connect(testNeo4jSettings(), { maxRetryTimeMs: 0 });
    const endless = { name: 'endless', text: 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a + b < 0 RETURN count(*)' };
    const started = Date.now();
    const failure = await failureOf(db.read((tx) => tx.run(endless), { timeoutMs: 300 }));
    expect(failure).to.be.instanceOf(DatabaseTimeoutError);
    expect(((failure as Error).cause as Neo4jError).code).to.match(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
    expect(Date.now() - started).to.be.below(5_000);
  });

  it('should name refused credentials a DatabaseUnavailableError, since nothing can be served until they are fixed', async () => {
    const db = connect({ ...testNeo4jSettings(), password: 'not-the-password' }, { maxRetryTimeMs: 0 });
    const failure = await failureOf(db.ping());
    expect(failure).to.be.instanceOf(DatabaseUnavailableError);
    expect(((failure as Error).cause as Neo4jError).code).to.equal('Neo.ClientError.Security.Unauthorized');
  });

  it('should pass a failing query\'s own error through unchanged', async () => {
    const db = connect(testNeo4jSettings());
    const failure = await failureOf(db.read((tx) => tx.run({ name: 'broken', text: 'RETURN (' })));
    expect(failure).to.be.instanceOf(Neo4jError);
    expect((failure as Neo4jError).code).to.equal('Neo.ClientError.Statement.SyntaxError');
  });

  it('should hand each row of a query to a callback as plain data, in the order Neo4j streams them', async () => {
    const db = connect(testNeo4jSettings());
    const rows: unknown[] = [];
    await db.read((tx) => tx.each({ name: 'range', text: 'UNWIND range(1, $n) AS n RETURN n, date("2022-11-01") AS day' }, { n: 3 }, (row) => rows.push(row)));
    expect(rows).to.deep.equal([1, 2, 3].map((n) => ({ n, day: '2022-11-01' })));
  });

  it('should classify failures by their code, never by the words of their message', () => {
    const failure = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'general processing exception');
    const byCode = failure('something went wrong', neo4jErrors.SERVICE_UNAVAILABLE);
    const byWords = failure('ServiceUnavailable: database unavailable', 'Neo.ClientError.Statement.SyntaxError');
    expect(classifyError(byCode)).to.be.instanceOf(DatabaseUnavailableError);
    expect(classifyError(byWords)).to.equal(byWords);
    expect(classifyError(failure('gone', neo4jErrors.SESSION_EXPIRED))).to.be.instanceOf(DatabaseUnavailableError);
  });
});
