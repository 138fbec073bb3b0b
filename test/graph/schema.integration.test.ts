// Applying the schema: constraints, indexes and full-text indexes, idempotent.
import { expect } from 'chai';
import { connectDatabase, type Database } from '../../server/graph/database';
import { cypherStatements } from '../../server/graph/queries';
import { applySchema } from '../../server/graph/schema';
import { testDriver, testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';

async function schemaObjects(): Promise<string[]> {
  const indexes = await testDriver().executeQuery('SHOW INDEXES YIELD name, type, state RETURN name, type, state');
  return indexes.records.map((record) => `${record.get('name')} ${record.get('type')} ${record.get('state')}`).sort();
}

describe('graph/schema', () => {
  let db: Database;
  before(() => { db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT); });
  after(() => db.close());

  it('should create every constraint and index the schema file names, all online', async () => {
    await applySchema(db);
    const objects = await schemaObjects();
    for (const statement of cypherStatements('schema')) {
      const [, name] = /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(statement.text) ?? [];
      expect(objects.some((object) => object.startsWith(`${name} `) && object.endsWith(' ONLINE')), name).to.equal(true);
    }
    expect(objects).to.include.members(['statement_quotes FULLTEXT ONLINE', 'entity_names FULLTEXT ONLINE']);
  });

  it('should leave everything as it was when applied a second time', async () => {
    await applySchema(db);
    const before = await schemaObjects();
    await applySchema(db);
    expect(await schemaObjects()).to.deep.equal(before);
  });
});
