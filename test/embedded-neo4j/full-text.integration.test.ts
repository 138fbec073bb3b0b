// Checks on the suite's shared test Neo4j that full-text (Lucene) indexes work, as the search features need.
import { expect } from 'chai';
import { clearDatabase, testDriver } from '../support/database';

describe('the test Neo4j', () => {
  // Index names cannot be parameters in schema commands, so the name is spelled out in each statement.
  const indexName = 'embedded_neo4j_test_fulltext';

  afterEach(async () => {
    await testDriver().executeQuery('DROP INDEX embedded_neo4j_test_fulltext IF EXISTS');
    await clearDatabase();
  });

  it('should create a full-text index and find a node by a word of its text', async () => {
    const driver = testDriver();
    await driver.executeQuery(
      'CREATE FULLTEXT INDEX embedded_neo4j_test_fulltext IF NOT EXISTS FOR (n:Passage) ON EACH [n.text]',
    );
    await driver.executeQuery('UNWIND $texts AS text CREATE (:Passage {text: text})', {
      texts: ['Zelensky visited Kharkiv on Monday', 'The Kremlin announced a mobilization'],
    });
    await driver.executeQuery('CALL db.awaitIndexes(60)');

    const { records } = await driver.executeQuery(
      'CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.text AS text',
      { index: indexName, query: 'kharkiv' },
    );
    expect(records.map((record) => record.get('text'))).to.deep.equal(['Zelensky visited Kharkiv on Monday']);
  });

  it('should be empty after clearDatabase', async () => {
    await testDriver().executeQuery('CREATE (:Passage {text: $text})', { text: 'to be cleared' });
    await clearDatabase();
    const { records } = await testDriver().executeQuery('MATCH (n) RETURN count(n) AS nodes');
    expect(records[0].get('nodes').toNumber()).to.equal(0);
  });
});
