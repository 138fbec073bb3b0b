// Finding the embedded Neo4j that serves a data folder, as the ingest does before starting one of its own.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runningEmbeddedNeo4j } from '../../../server/ingest/cli/running-embedded';

describe('ingest/cli/running-embedded (integration)', () => {
  it('When no launcher holds the data folder, then there is no running embedded Neo4j', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'whosaid-no-neo4j-'));
    try {
      expect(runningEmbeddedNeo4j(folder)).to.equal(undefined);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('When the test run\'s embedded Neo4j serves its data folder, then its Bolt URI is found from the pid file', function () {
    const dataDir = process.env.WHOSAID_TEST_NEO4J_DATA_DIR;
    // Set by test/support/neo4j.ts whenever it started the test Neo4j itself, as `npm test` always does.
    expect(dataDir, 'the test Neo4j was started by this run').to.be.a('string');
    expect(runningEmbeddedNeo4j(dataDir!)).to.deep.include({ uri: process.env.WHOSAID_TEST_NEO4J_URI!.replace('localhost', '127.0.0.1') });
  });
});
