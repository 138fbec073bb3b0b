// Mocha root hooks: one throw-away Neo4j for the run, started only when the run holds integration or browser tests.
//
// .mocharc.json requires this file. Unit tests (`*.test.ts`) need no Neo4j, so `npm run test:unit` or
// `npx mocha test/extract` start none; a run that holds any `*.integration.test.ts` or `*.browser.test.ts`
// file starts one Neo4j on a free port with a temporary data folder before its first test and stops it after
// the last. Tests reach it through test/support/database.ts (testDriver, clearDatabase), which reads
// WHOSAID_TEST_NEO4J_URI, _USER and _PASSWORD, set here.
//
// To test against a Neo4j of your own instead, set WHOSAID_TEST_NEO4J_URI (and _USER, _PASSWORD) before running
// mocha; nothing is started then. Tests empty that database. NEO4J_URI, the application's own setting, is
// deliberately ignored here, so that `npm test` can never wipe the database that `npm start` uses.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Context, Suite } from 'mocha';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../server/embedded-neo4j/start';
import { closeTestDriver } from './database';

/** Test files that need the real Neo4j (and real processes or Chromium); every other `*.test.ts` is a unit test. */
export const NEEDS_NEO4J = /\.(integration|browser)\.test\.ts$/;

let embedded: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

function filesOf(suite: Suite): string[] {
  return [suite.file ?? '', ...suite.suites.flatMap(filesOf), ...suite.tests.map((test) => test.file ?? '')];
}

async function startTestNeo4j(): Promise<void> {
  if (process.env.WHOSAID_TEST_NEO4J_URI) return;
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'whosaid-test-neo4j-'));
  // Smaller and quicker to start than the application's: test data are tiny, and a test run is short.
  embedded = await startEmbeddedNeo4j({ dataDir, heapMiB: 512, pageCacheMiB: 128, quickJit: true });
  process.env.WHOSAID_TEST_NEO4J_URI = embedded.uri;
  process.env.WHOSAID_TEST_NEO4J_USER = embedded.user;
  process.env.WHOSAID_TEST_NEO4J_PASSWORD = embedded.password;
  // Tests that find a running embedded Neo4j by its data folder (the ingest's target discovery) look here.
  process.env.WHOSAID_TEST_NEO4J_DATA_DIR = dataDir;
}

export const mochaHooks = {
  async beforeAll(this: Context) {
    const root = this.test?.parent;
    if (!root || !filesOf(root).some((file) => NEEDS_NEO4J.test(file))) return;
    this.timeout(300_000);
    await startTestNeo4j();
  },
  async afterAll(this: Context) {
    this.timeout(120_000);
    await closeTestDriver();
    await embedded?.stop();
    embedded = undefined;
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    dataDir = undefined;
  },
};
