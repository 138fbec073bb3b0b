// The test Neo4j as tests use it: one shared driver, and a way to empty the database between tests.
import neo4j, { Driver } from 'neo4j-driver';

export interface TestNeo4jSettings {
  uri: string;
  user: string;
  password: string;
}

let shared: Driver | undefined;

/** Where the test Neo4j listens: set by test/support/neo4j.ts, or by whoever runs the tests (see there). */
export function testNeo4jSettings(env: NodeJS.ProcessEnv = process.env): TestNeo4jSettings {
  const uri = env.WHOSAID_TEST_NEO4J_URI;
  if (!uri) {
    throw new Error(
      'test/support/database: WHOSAID_TEST_NEO4J_URI is not set; run mocha with .mocharc.json, ' +
        'whose test/support/neo4j.ts starts the test Neo4j',
    );
  }
  return { uri, user: env.WHOSAID_TEST_NEO4J_USER ?? 'neo4j', password: env.WHOSAID_TEST_NEO4J_PASSWORD ?? '' };
}

/** The driver every test shares; closed by the global teardown. */
export function testDriver(): Driver {
  if (!shared) {
    const { uri, user, password } = testNeo4jSettings();
    shared = neo4j.driver(uri, neo4j.auth.basic(user, password));
  }
  return shared;
}

/**
 * Deletes every node and relationship; indexes and constraints stay, since the code under test creates them
 * idempotently. Test-only Cypher is written here rather than in cypher/, which holds the application's statements.
 */
export async function clearDatabase(): Promise<void> {
  await testDriver().executeQuery('MATCH (n) DETACH DELETE n');
}

export async function closeTestDriver(): Promise<void> {
  const driver = shared;
  shared = undefined;
  await driver?.close();
}
