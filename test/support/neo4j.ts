// Mocha global fixture: one throw-away Neo4j for the whole run, on a free port with a temporary data folder.
//
// .mocharc.json requires this file, so mocha runs the setup once before all tests and the teardown once after.
// Tests reach the database through test/support/database.ts (testDriver, clearDatabase), which reads
// WHOSAID_TEST_NEO4J_URI, _USER and _PASSWORD, set here.
//
// To test against a Neo4j of your own instead, set WHOSAID_TEST_NEO4J_URI (and _USER, _PASSWORD) before running
// mocha; nothing is started then. Tests empty that database. NEO4J_URI, the application's own setting, is
// deliberately ignored here, so that `npm test` can never wipe the database that `npm start` uses.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/embedded-neo4j/start';
import { closeTestDriver } from './database';

let embedded: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

export async function mochaGlobalSetup(): Promise<void> {
  if (process.env.WHOSAID_TEST_NEO4J_URI) return;
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'whosaid-test-neo4j-'));
  // Smaller and quicker to start than the application's: test data are tiny, and a test run is short.
  embedded = await startEmbeddedNeo4j({ dataDir, heapMiB: 512, pageCacheMiB: 128, quickJit: true });
  process.env.WHOSAID_TEST_NEO4J_URI = embedded.uri;
  process.env.WHOSAID_TEST_NEO4J_USER = embedded.user;
  process.env.WHOSAID_TEST_NEO4J_PASSWORD = embedded.password;
}

export async function mochaGlobalTeardown(): Promise<void> {
  await closeTestDriver();
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
